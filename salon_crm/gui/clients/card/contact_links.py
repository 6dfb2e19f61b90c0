"""Links that open the system's phone, messenger, mail and browser handlers for a contact."""

from __future__ import annotations

import re
from urllib.parse import quote

from salon_crm.domain.common.enums import SocialNetwork

# What a stored handle may look like (client_validation: "@name", "name" or a full URL).
_URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
_HANDLE = re.compile(r"^@?([\w.\-]{1,100})$")
_DOMAIN = re.compile(r"^[\w\-]+(\.[\w\-]+)+(/\S*)?$")

# Where a bare handle lives on each network; TikTok's profiles carry the "@".
_PROFILE_BASES = {
    SocialNetwork.INSTAGRAM: "https://instagram.com/{handle}",
    SocialNetwork.FACEBOOK: "https://facebook.com/{handle}",
    SocialNetwork.TELEGRAM: "https://t.me/{handle}",
    SocialNetwork.TIKTOK: "https://www.tiktok.com/@{handle}",
    SocialNetwork.VK: "https://vk.com/{handle}",
}


def _digits(e164: str) -> str:
    return "".join(ch for ch in e164 if ch.isdigit())


def tel_url(e164: str) -> str:
    """`tel:+380671234567`: the system dialler, a softphone or a paired mobile."""
    return f"tel:+{_digits(e164)}"


def viber_url(e164: str) -> str:
    """Viber's chat link; the `+` must be escaped or Viber drops it."""
    return f"viber://chat?number={quote('+' + _digits(e164), safe='')}"


def telegram_url(e164: str) -> str:
    """Telegram's link by phone number (opens the app, or the web page that offers it)."""
    return f"https://t.me/+{_digits(e164)}"


def whatsapp_url(e164: str) -> str:
    """WhatsApp's click-to-chat link: digits only, no `+`."""
    return f"https://wa.me/{_digits(e164)}"


def mailto_url(address: str) -> str:
    return f"mailto:{quote(address.strip(), safe='@.+-_')}"


def social_url(network: SocialNetwork, handle: str) -> str | None:
    """A clickable address for a profile: full links stay as they are, a bare handle is
    put on its network's site; None when there is nothing safe to open."""
    handle = handle.strip()
    if _URL.match(handle):
        return handle
    if network is SocialNetwork.WEBSITE and _DOMAIN.match(handle):
        return f"https://{handle}"
    base = _PROFILE_BASES.get(network)
    match = _HANDLE.match(handle)
    if base is None or match is None:
        return None
    return base.format(handle=match.group(1))


def social_caption(network: SocialNetwork, handle: str) -> str:
    """How a profile reads on the card: `@name` for a handle, the address without the
    scheme for a link."""
    handle = handle.strip()
    if _URL.match(handle):
        return re.sub(r"^https?://(www\.)?", "", handle, flags=re.IGNORECASE).rstrip("/")
    if network is SocialNetwork.WEBSITE:
        return handle
    return handle if handle.startswith("@") else f"@{handle}"
