"""Qt Designer forms, installed as the package salon_crm.ui (see salon_crm/paths.py)."""
