"""Documents: the signature pads a client and an employee sign filled documents on."""
