"""An opened salon: the database plus the services bound to whoever is logged in.

The GUI holds a Workspace and asks it for services; it never touches the database itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from salon_crm.db.engine import Database
from salon_crm.db.storage.data_dir import DATA_FOLDER_CONTEXT as DATA_FOLDER_CONTEXT
from salon_crm.db.storage.data_dir import DataFolderError as DataFolderError
from salon_crm.db.storage.data_dir import DataFolderProblem as DataFolderProblem
from salon_crm.db.storage.data_dir import open_data_dir
from salon_crm.db.storage.media_location import open_media
from salon_crm.db.storage.media_store import MediaStore
from salon_crm.services.clients.client_consents import ConsentService
from salon_crm.services.clients.client_service import ClientService
from salon_crm.services.clients.search_service import SearchService
from salon_crm.services.core.actor import Actor
from salon_crm.services.core.change_feed import ChangeFeed
from salon_crm.services.documents.document_service import DocumentService
from salon_crm.services.documents.form_service import FormService
from salon_crm.services.documents.letterhead_service import LetterheadService
from salon_crm.services.documents.printout_service import PrintoutService
from salon_crm.services.documents.template_service import TemplateService
from salon_crm.services.health.anamnesis_service import AnamnesisService
from salon_crm.services.health.assessment_service import AssessmentService
from salon_crm.services.health.home_care_service import HomeCareService
from salon_crm.services.home.home_service import HomeService
from salon_crm.services.maintenance.media_cleanup import MediaCleanup
from salon_crm.services.photos.photo_service import PhotoService
from salon_crm.services.procedures.catalogue_service import CatalogueService
from salon_crm.services.procedures.lot_recall import LotRecallService
from salon_crm.services.procedures.procedure_service import ProcedureService
from salon_crm.services.settings import user_service
from salon_crm.services.settings.card_templates import CardTemplateService
from salon_crm.services.settings.questionnaire_layout import QuestionnaireLayoutService
from salon_crm.services.settings.settings_service import SettingsService
from salon_crm.services.settings.user_service import UserService


@dataclass
class Workspace:
    data_dir: Path
    db: Database
    media: MediaStore

    @classmethod
    def open(cls, data_dir: Path) -> Workspace:
        """The salon in `data_dir`; a folder that cannot be used raises DataFolderError
        (re-exported here for the GUI, which never imports the database layer)."""
        db = open_data_dir(data_dir)
        try:
            return cls(data_dir, db, open_media(data_dir, db))
        except DataFolderError:
            db.dispose()
            raise

    def close(self) -> None:
        self.db.dispose()

    # --- before anyone is logged in --------------------------------------------------------

    def needs_setup(self) -> bool:
        return user_service.needs_setup(self.db)

    def setup_salon(
        self, *, salon_name: str, country: str, login: str, password: str, full_name: str
    ) -> Actor:
        return user_service.setup_salon(
            self.db,
            salon_name=salon_name,
            country=country,
            login=login,
            password=password,
            full_name=full_name,
        )

    def authenticate(self, login: str, password: str) -> Actor:
        return user_service.authenticate(self.db, login, password)

    def logins(self) -> list[str]:
        return user_service.active_logins(self.db)

    def watch_changes(self) -> ChangeFeed:
        """What other programs on this salon change from now on (ids, never values)."""
        return ChangeFeed(self.db.watch_changes())

    # --- services for a logged-in user -----------------------------------------------------

    def clients(self, actor: Actor) -> ClientService:
        return ClientService(self.db, actor)

    def consents(self, actor: Actor) -> ConsentService:
        return ConsentService(self.db, actor)

    def health(self, actor: Actor) -> AnamnesisService:
        return AnamnesisService(self.db, actor)

    def home(self, actor: Actor) -> HomeService:
        return HomeService(self.db, actor)

    def search(self, actor: Actor) -> SearchService:
        return SearchService(self.db, actor)

    def settings(self, actor: Actor) -> SettingsService:
        return SettingsService(self.db, actor)

    def questionnaire_layout(self, actor: Actor) -> QuestionnaireLayoutService:
        return QuestionnaireLayoutService(self.db, actor)

    def card_templates(self, actor: Actor) -> CardTemplateService:
        return CardTemplateService(self.db, actor)

    def users(self, actor: Actor) -> UserService:
        return UserService(self.db, actor)

    def assessments(self, actor: Actor) -> AssessmentService:
        return AssessmentService(self.db, actor)

    def home_care(self, actor: Actor) -> HomeCareService:
        return HomeCareService(self.db, actor)

    def media_cleanup(self, actor: Actor) -> MediaCleanup:
        return MediaCleanup(self.db, actor, self.media)

    def procedures(self, actor: Actor) -> ProcedureService:
        return ProcedureService(self.db, actor)

    def catalogue(self, actor: Actor) -> CatalogueService:
        return CatalogueService(self.db, actor)

    def lot_recall(self, actor: Actor) -> LotRecallService:
        return LotRecallService(self.db, actor)

    def photos(self, actor: Actor) -> PhotoService:
        return PhotoService(self.db, actor, self.media)

    def templates(self, actor: Actor) -> TemplateService:
        return TemplateService(self.db, actor)

    def documents(self, actor: Actor) -> DocumentService:
        return DocumentService(self.db, actor, self.media)

    def letterhead(self, actor: Actor) -> LetterheadService:
        return LetterheadService(self.db, actor, self.media)

    def printouts(self, actor: Actor) -> PrintoutService:
        return PrintoutService(self.db, actor, self.media)

    def forms(self, actor: Actor) -> FormService:
        return FormService(self.db, actor, self.media)
