"""All tables of the salon; importing this package registers them on `Base.metadata`."""

from salon_crm.db.models.audit import AuditEntry
from salon_crm.db.models.card_templates import CardTemplate
from salon_crm.db.models.client_details import (
    ClientAddress,
    ClientConsent,
    ClientEmail,
    ClientPhone,
    ClientSocialLink,
    ContactPerson,
    ExpiringDocument,
    IdentityDocument,
)
from salon_crm.db.models.clients import Client, client_tags
from salon_crm.db.models.custom_fields import CustomFieldDefinition, CustomFieldValue
from salon_crm.db.models.documents import (
    ClientDocument,
    DocumentForm,
    DocumentTemplate,
    DocumentTemplateVersion,
)
from salon_crm.db.models.health import (
    Anamnesis,
    AnamnesisAllergy,
    AnamnesisCondition,
    HomeCare,
    SkinAssessment,
)
from salon_crm.db.models.lists import Category, Source, Tag
from salon_crm.db.models.media import MediaBlob, MediaFile
from salon_crm.db.models.photos import Photo
from salon_crm.db.models.procedures import (
    LedgerRow,
    Procedure,
    ProcedureProduct,
    ProcedureType,
    Product,
    ProductLot,
)
from salon_crm.db.models.questionnaire import QuestionnaireField
from salon_crm.db.models.salon import Counter, Salon, Setting
from salon_crm.db.models.users import User

__all__ = [
    "Anamnesis",
    "AnamnesisAllergy",
    "AnamnesisCondition",
    "AuditEntry",
    "CardTemplate",
    "Category",
    "Client",
    "ClientAddress",
    "ClientConsent",
    "ClientDocument",
    "ClientEmail",
    "ClientPhone",
    "ClientSocialLink",
    "ContactPerson",
    "Counter",
    "CustomFieldDefinition",
    "CustomFieldValue",
    "DocumentForm",
    "DocumentTemplate",
    "DocumentTemplateVersion",
    "ExpiringDocument",
    "HomeCare",
    "IdentityDocument",
    "LedgerRow",
    "MediaBlob",
    "MediaFile",
    "Photo",
    "Procedure",
    "ProcedureProduct",
    "ProcedureType",
    "Product",
    "ProductLot",
    "QuestionnaireField",
    "Salon",
    "Setting",
    "SkinAssessment",
    "Source",
    "Tag",
    "User",
    "client_tags",
]
