"""`python -m salon_crm` runs the same command as `salon-crm`."""

import sys

from salon_crm.cli import main

sys.exit(main())
