"""Icons, fonts and translations, installed as the package salon_crm.resources."""
