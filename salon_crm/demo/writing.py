"""Writing the demo salon with SQLAlchemy Core: its lists, then the clients batch by batch.

Core bulk inserts on one connection bypass the session hooks on purpose: demo clients get
no audit trail (nobody typed them), which is also what makes 100,000 of them take seconds.
The search index rows are written alongside each batch, since its hook is bypassed too.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Connection, Table, func, insert, select, update

from salon_crm.db.base import Base
from salon_crm.db.engine import Database
from salon_crm.db.hooks import search_index
from salon_crm.db.models import (
    Anamnesis,
    AnamnesisAllergy,
    AnamnesisCondition,
    Category,
    Client,
    ClientAddress,
    ClientConsent,
    ClientEmail,
    ClientPhone,
    ClientSocialLink,
    ContactPerson,
    Counter,
    CustomFieldDefinition,
    CustomFieldValue,
    ExpiringDocument,
    HomeCare,
    IdentityDocument,
    LedgerRow,
    Procedure,
    ProcedureProduct,
    ProcedureType,
    Product,
    ProductLot,
    Salon,
    SkinAssessment,
    Source,
    Tag,
    client_tags,
)
from salon_crm.demo.client_rows import HISTORY_DAYS, Batch
from salon_crm.demo.cosmetology_rows import CosmetologyBatch, CosmetologyRows
from salon_crm.demo.tables import tables
from salon_crm.domain.common.errors import SalonError
from salon_crm.services.clients.client_service import CLIENT_COUNTER


def table(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def check_empty(db: Database) -> None:
    with db.engine.connect() as connection:
        for model in (Client, Salon):
            count = connection.scalar(select(func.count()).select_from(table(model)))
            if count:
                raise SalonError("demo data needs an empty database")


def write_lists(connection: Connection, country: str, today: date) -> None:
    """The salon's requisites, tags, sources, categories and custom fields."""
    names = tables().salons[country]
    lists = tables().lists
    connection.execute(
        update(table(Salon))
        .where(table(Salon).c.id == 1)
        .values(
            legal_name=names["legal_name"],
            actual_address=names["actual_address"],
            legal_address=names["actual_address"],
            phone=names["phone"],
            email=names["email"],
            signatory_name=names["owner"],
        )
    )
    for model, items in ((Tag, lists.tags), (Source, lists.sources), (Category, lists.categories)):
        connection.execute(
            insert(table(model)),
            [
                {"id": i, "name": name, "position": i, "is_hidden": False}
                for i, name in enumerate(items, start=1)
            ],
        )
    defined = datetime.combine(today - timedelta(days=HISTORY_DAYS + 1), time(9), UTC)
    connection.execute(
        insert(table(CustomFieldDefinition)),
        [
            {
                "id": i,
                "key": field.key,
                "label": field.label,
                "field_type": field.field_type,
                "choices": json.dumps(field.choices, ensure_ascii=False),
                "position": i,
                "is_hidden": False,
                "created_at": defined,
            }
            for i, field in enumerate(lists.custom_fields, start=1)
        ],
    )


def write_batch(connection: Connection, batch: Batch) -> None:
    for target, rows in (
        (table(Client), batch.clients),
        (table(ClientPhone), batch.phones),
        (table(ClientEmail), batch.emails),
        (table(ClientAddress), batch.addresses),
        (table(ClientSocialLink), batch.social_links),
        (table(ClientConsent), batch.consents),
        (table(IdentityDocument), batch.identity_documents),
        (table(ExpiringDocument), batch.expiring_documents),
        (table(ContactPerson), batch.contact_persons),
        (table(CustomFieldValue), batch.custom_values),
        (client_tags, batch.tags),
    ):
        if rows:
            connection.execute(insert(target), rows)
    search_index.write_keys(connection, batch.keys)


def procedure_type_ids(connection: Connection) -> dict[str, int]:
    types = table(ProcedureType)
    return {code: type_id for code, type_id in connection.execute(select(types.c.code, types.c.id))}


def write_catalogue(connection: Connection, rows: CosmetologyRows) -> None:
    """The demo's prices on the default procedures, its products and their lots."""
    types = table(ProcedureType)
    for code, type_id in procedure_type_ids(connection).items():
        connection.execute(
            update(types).where(types.c.id == type_id).values(price_minor=rows.price(code).minor)
        )
    catalogue = rows.catalogue_rows()
    connection.execute(insert(table(Product)), catalogue["products"])
    connection.execute(insert(table(ProductLot)), catalogue["lots"])


def write_cosmetology(connection: Connection, batch: CosmetologyBatch) -> None:
    """After the batch's clients: the rows point at them."""
    for target, rows in (
        (table(ClientConsent), batch.consents),
        (table(Anamnesis), batch.anamneses),
        (table(AnamnesisCondition), batch.conditions),
        (table(AnamnesisAllergy), batch.allergies),
        (table(SkinAssessment), batch.assessments),
        (table(HomeCare), batch.home_care),
        (table(Procedure), batch.procedures),
        (table(ProcedureProduct), batch.procedure_products),
        (table(LedgerRow), batch.ledger),
    ):
        if rows:
            connection.execute(insert(target), rows)


def write_counter(connection: Connection, clients: int) -> None:
    """The next client number continues after the demo's last one."""
    connection.execute(insert(table(Counter)), {"name": CLIENT_COUNTER, "value": clients})
