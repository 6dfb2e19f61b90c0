"""`salon-crm photos import|list`: adding a photo file to a client and listing a client's
photos, through the same service and checks as the Photos tab."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from salon_crm.cli.common import EXIT_OK, login, media_store
from salon_crm.db.engine import Database
from salon_crm.domain.common.dates import format_day
from salon_crm.domain.photos.photo_kinds import PhotoKind, PhotoZone

if TYPE_CHECKING:
    from salon_crm.services.photos.photo_service import PhotoService

_KINDS = [kind.value for kind in PhotoKind]
_ZONES = [zone.value for zone in PhotoZone]


def register(commands: Any) -> None:
    photos = commands.add_parser("photos", help="a client's photos").add_subparsers(
        dest="photos_command", required=True
    )
    add = photos.add_parser(
        "import", help="add a PNG, JPEG or HEIC file to a client; prints the photo's id"
    )
    add.add_argument("--client", required=True, help="the client number")
    add.add_argument("file", type=Path)
    add.add_argument(
        "--kind", choices=_KINDS, default=PhotoKind.PROFILE.value, help="default: profile"
    )
    add.add_argument("--zone", choices=_ZONES, help="the zone of a clinical photo (default front)")
    add.add_argument("--zone-name", default="", help="the name of a custom zone")
    add.add_argument("--procedure", type=int, help="the id of the procedure it belongs to")
    add.set_defaults(run=_import)

    listing = photos.add_parser(
        "list", help="id, kind, zone, date, width×height and size in bytes, tab-separated"
    )
    listing.add_argument("--client", required=True, help="the client number")
    listing.set_defaults(run=_list, reads_only=True)


def _open(db: Database, args: argparse.Namespace) -> tuple[PhotoService, int]:
    """The photo service of the logged-in user and the id of the client `--client` names."""
    from salon_crm.services.clients.client_service import ClientService
    from salon_crm.services.photos.photo_service import PhotoService

    actor = login(db, args)
    media = media_store(db, args)
    client_id = ClientService(db, actor).id_of_number(args.client)
    return PhotoService(db, actor, media), client_id


def _import(db: Database, args: argparse.Namespace) -> int:
    from salon_crm.services.photos.photo_types import PhotoDetails

    service, client_id = _open(db, args)
    kind = PhotoKind(args.kind)
    details = PhotoDetails(
        kind,
        zone=PhotoZone(args.zone) if args.zone else None,
        zone_note=args.zone_name,
        procedure_id=args.procedure,
    )
    photo = service.add_file(client_id, args.file, details)
    print(photo.id)
    return EXIT_OK


def _list(db: Database, args: argparse.Namespace) -> int:
    service, client_id = _open(db, args)
    for photo in service.photos(client_id):
        zone = photo.zone_note or (photo.zone.value if photo.zone else "")
        current = "current" if photo.is_current_profile else ""
        print(
            "\t".join(
                (
                    str(photo.id),
                    photo.kind.value,
                    zone,
                    format_day(photo.taken_on),
                    f"{photo.width}×{photo.height}",
                    str(photo.size),
                    current,
                )
            )
        )
    return EXIT_OK
