"""EAN-8 / EAN-13 loyalty-card barcodes."""


def ean_check_digit(body: str) -> int:
    """The check digit for the first 7 (EAN-8) or 12 (EAN-13) digits.

    Weights 3,1,3,1… run from the rightmost digit of the body, for both lengths.
    """
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def is_ean_shape(code: str) -> bool:
    return code.isascii() and code.isdigit() and len(code) in (8, 13)


def is_valid_ean(code: str) -> bool:
    return is_ean_shape(code) and ean_check_digit(code[:-1]) == int(code[-1])
