"""Edit > Preferences (Ctrl+,): the organisation's name and logo, its home city and time zone
(the defaults of new missions) and the backup folder, kept in the database so they travel with
it; the booklets' default language and paper and the program's language, kept in QSettings.

Every field is checked as it is typed, under the field and naming it; OK stays off until all
are right, and the database's part is written in one transaction (the core checks it again).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QDir, QSettings, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegation_app.errors import DomainError, ValidationError
from delegation_app.services.branding import (
    MAX_LOGO_BYTES,
    clear_organisation_logo,
    media_type_of,
    set_organisation_logo,
)
from delegation_app.services.preferences import (
    DEFAULT_HOME_ZONE,
    DatabasePreferences,
    database_preferences,
    save_database_preferences,
)
from delegation_app.storage.backup import default_backup_folder, resolve_backup_folder
from delegation_app.storage.database import Database
from ui import settings as keys
from ui import theme
from ui.dialogs import PAGE_SIZES
from ui.formatting import language_name
from ui.i18n import LANGUAGES, core_text
from ui.labels import arg
from ui.workers import BOOKLET_LANGUAGES

HINT_STYLE = "color: palette(placeholder-text);"
#: Endonyms, as the View > Language menu offers them.
PROGRAM_LANGUAGES = {"fr": "Français", "en": "English"}
LOGO_PREVIEW = (180, 64)


@cache
def _zones() -> tuple[str, ...]:
    return tuple(sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc")))


def booklet_language(settings: QSettings) -> str:
    """The booklets' default language: ``fr``, ``en``, or ``""`` for each delegate's own."""
    value = keys.read_str(settings, keys.BOOKLET_LANGUAGE)
    return value if value in BOOKLET_LANGUAGES else ""


def booklet_page_size(settings: QSettings) -> str:
    value = keys.read_str(settings, keys.BOOKLET_PAGE_SIZE)
    return value if value in PAGE_SIZES else "A4"


@dataclass(frozen=True)
class _Logo:
    """The logo as the dialog holds it until OK: unchanged, a new file's bytes, or removed."""

    content: bytes | None
    file_name: str
    changed: bool = False


class PreferencesDialog(QDialog):
    """The preferences of the program and of the open database."""

    def __init__(
        self, db: Database, settings: QSettings, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self._db = db
        self._settings = settings
        self._language = language
        with db.reading() as session:
            self.stored: DatabasePreferences = database_preferences(session)
        logo = self.stored.logo
        self._logo = _Logo(logo.content, logo.file_name) if logo else _Logo(None, "")
        self.errors: dict[str, str] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._build()
        self._fill()
        self.validate()
        self.resize(max(self.sizeHint().width(), 680), self.sizeHint().height())

    # --- construction -----------------------------------------------------------------------

    def _error_label(self, key: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{key}Error")
        label.setWordWrap(True)
        label.setStyleSheet(theme.error_style())
        label.hide()
        self.error_labels[key] = label
        return label

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("organisationName")
        self.organisation_edit.setPlaceholderText(self.tr("e.g. Ville de Marseille"))
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(*LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid); border-radius: 4px;")
        self.logo_button = QPushButton(self.tr("Choose…"))
        self.logo_button.setObjectName("chooseLogo")
        self.logo_button.clicked.connect(self._choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.remove_logo_button.setObjectName("removeLogo")
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.logo_name = QLabel()
        self.logo_name.setStyleSheet(HINT_STYLE)
        self.logo_name.setWordWrap(True)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addWidget(self.logo_name, 1)
        organisation = QGroupBox(self.tr("Organisation (kept in this database)"))
        organisation_form = QFormLayout(organisation)
        organisation_form.addRow(self.tr("&Name:"), self.organisation_edit)
        organisation_form.addRow(self.tr("Logo:"), logo_row)
        organisation_form.addRow("", self._error_label("logo"))

        self.city_edit = QLineEdit()
        self.city_edit.setObjectName("homeCity")
        self.city_edit.setPlaceholderText(self.tr("e.g. Marseille"))
        self.zone_box = QComboBox()
        self.zone_box.setObjectName("homeZone")
        self.zone_box.setEditable(True)
        self.zone_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_box.addItems(list(_zones()))
        completer = QCompleter(list(_zones()), self.zone_box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_box.setCompleter(completer)
        self.zone_box.editTextChanged.connect(self.validate)
        home = QGroupBox(self.tr("Home (the defaults of new missions)"))
        home_form = QFormLayout(home)
        home_form.addRow(self.tr("Home &city:"), self.city_edit)
        home_form.addRow(self.tr("Home &time zone:"), self.zone_box)
        home_form.addRow("", self._error_label("zone"))

        self.booklet_language_box = QComboBox()
        self.booklet_language_box.setObjectName("bookletLanguage")
        self.booklet_language_box.addItem(self.tr("Each delegate's own language"), "")
        for code in BOOKLET_LANGUAGES:
            self.booklet_language_box.addItem(language_name(code, self._language), code)
        self.page_size_box = QComboBox()
        self.page_size_box.setObjectName("bookletPageSize")
        labels = {
            "A4": self.tr("A4 (210 × 297 mm)"),
            "A5": self.tr("A5 booklet (148 × 210 mm)"),
            "Letter": self.tr("US Letter (8.5 × 11 in)"),
        }
        for size in PAGE_SIZES:
            self.page_size_box.addItem(labels[size], size)
        self.program_language_box = QComboBox()
        self.program_language_box.setObjectName("programLanguage")
        for code in LANGUAGES:
            self.program_language_box.addItem(PROGRAM_LANGUAGES[code], code)
        program = QGroupBox(self.tr("Languages and paper (this computer)"))
        program_form = QFormLayout(program)
        program_form.addRow(self.tr("&Booklets in:"), self.booklet_language_box)
        program_form.addRow(self.tr("Booklet &paper:"), self.page_size_box)
        program_form.addRow(self.tr("&Program language:"), self.program_language_box)

        self.backup_edit = QLineEdit()
        self.backup_edit.setObjectName("backupFolder")
        self.backup_edit.setClearButtonEnabled(True)
        self.backup_edit.textChanged.connect(self.validate)
        default = (
            QDir.toNativeSeparators(str(default_backup_folder(self._db.path)))
            if self._db.path is not None
            else ""
        )
        self.backup_edit.setPlaceholderText(arg(self.tr("Default: %1"), default))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browseBackupFolder")
        browse.clicked.connect(self._choose_backup_folder)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_edit, 1)
        backup_row.addWidget(browse)
        backups = QGroupBox(self.tr("Backups (kept in this database)"))
        backup_form = QFormLayout(backups)
        backup_label = QLabel(self.tr("Backup &folder:"))
        backup_label.setBuddy(self.backup_edit)  # a row holding a layout gets no buddy itself
        backup_form.addRow(backup_label, backup_row)
        backup_form.addRow("", self._error_label("backup"))
        backup_hint = QLabel(
            self.tr(
                "A copy of the database goes there at the first opening of each day, and "
                "before every upgrade, import and purge. Leave it empty for the default folder."
            )
        )
        backup_hint.setStyleSheet(HINT_STYLE)
        backup_hint.setWordWrap(True)
        backup_form.addRow("", backup_hint)

        self.general_error = self._error_label("general")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The dialog grows when an error shows under a field, rather than squeezing the rest.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        for group in (organisation, home, program, backups):
            layout.addWidget(group)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        stored = self.stored
        self.organisation_edit.setText(stored.organisation_name or "")
        self.city_edit.setText(stored.home_city or "")
        self.zone_box.setEditText(stored.home_zone)
        self.backup_edit.setText(
            QDir.toNativeSeparators(str(stored.backup_folder)) if stored.backup_folder else ""
        )
        self._select(self.booklet_language_box, booklet_language(self._settings))
        self._select(self.page_size_box, booklet_page_size(self._settings))
        self._select(self.program_language_box, self._language)
        self._show_logo()

    @staticmethod
    def _select(box: QComboBox, data: str) -> None:
        box.setCurrentIndex(max(box.findData(data), 0))

    # --- the logo ---------------------------------------------------------------------------

    def _choose_logo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if chosen:
            self.choose_logo(Path(chosen))

    def choose_logo(self, path: Path) -> bool:
        """Take the image at ``path`` (kept until OK); False, and the reason under the field,
        when it cannot be the logo."""
        error = ""
        content = b""
        try:
            content = path.read_bytes()
        except OSError as exc:
            error = arg(self.tr("Logo: %1 cannot be read (%2)."), path.name, exc.strerror or "")
        if not error:
            if len(content) > MAX_LOGO_BYTES:
                error = arg(
                    self.tr("Logo: %1 is larger than %2 MB."),
                    path.name,
                    MAX_LOGO_BYTES // (1024 * 1024),
                )
            elif media_type_of(content) is None or QImage.fromData(content).isNull():
                error = arg(self.tr("Logo: %1 is not a readable PNG or JPEG image."), path.name)
        self._set_error("logo", error)
        if error:
            return False
        self._logo = _Logo(content, path.name, changed=True)
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self._logo = _Logo(None, "", changed=self.stored.logo is not None)
        self._set_error("logo", "")
        self._show_logo()

    def _show_logo(self) -> None:
        content = self._logo.content
        self.remove_logo_button.setEnabled(content is not None)
        if content is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
            self.logo_name.setText(
                self.tr("The logo is printed on the booklets' covers (PNG or JPEG).")
            )
            return
        pixmap = QPixmap()
        pixmap.loadFromData(content)
        self.logo_preview.setPixmap(
            pixmap.scaled(
                LOGO_PREVIEW[0] - 8,
                LOGO_PREVIEW[1] - 8,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.logo_name.setText(
            arg(self.tr("%1, printed on the booklets' covers."), self._logo.file_name)
        )

    # --- the backup folder ------------------------------------------------------------------

    def _choose_backup_folder(self) -> None:
        start = self.backup_edit.text().strip() or self.backup_edit.placeholderText()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.backup_edit.setText(QDir.toNativeSeparators(folder))

    # --- checks -----------------------------------------------------------------------------

    def _set_error(self, key: str, text: str) -> None:
        if text:
            self.errors[key] = text
        else:
            self.errors.pop(key, None)
        label = self.error_labels[key]
        label.setText(text)
        if label.isVisibleTo(self) != bool(text):
            label.setVisible(bool(text))
            self._fit_height()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            not ({"zone", "backup"} & set(self.errors))
        )

    def _fit_height(self) -> None:
        """Grow (never shrink) to show an error line without squeezing the other fields."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.sizeHint().height()
        if self.height() < needed:
            self.resize(self.width(), needed)

    def validate(self) -> bool:
        """Check the typed fields; each error is shown under its field, naming it."""
        zone = self.zone_box.currentText().strip()
        zone_error = ""
        if zone and zone not in available_timezones():
            zone_error = arg(
                self.tr("Home time zone: “%1” is not a known time zone (e.g. Europe/Paris)."),
                zone,
            )
        self._set_error("zone", zone_error)
        folder = self.backup_edit.text().strip()
        folder_error = ""
        if folder:
            path = Path(folder).expanduser()
            if not path.is_absolute():
                folder_error = self.tr("Backup folder: give a full path, or choose one.")
            elif path.exists() and not path.is_dir():
                folder_error = arg(self.tr("Backup folder: %1 is a file, not a folder."), folder)
        self._set_error("backup", folder_error)
        return not zone_error and not folder_error

    # --- saving -----------------------------------------------------------------------------

    @property
    def program_language(self) -> str:
        return str(self.program_language_box.currentData())

    def save(self) -> bool:
        """Write the database's part in one transaction and the program's in QSettings."""
        if not self.validate():
            return False
        self._set_error("general", "")
        try:
            with self._db.transaction() as session:
                saved = save_database_preferences(
                    session,
                    organisation_name=self.organisation_edit.text(),
                    home_city=self.city_edit.text(),
                    home_zone=self.zone_box.currentText() or DEFAULT_HOME_ZONE,
                    backup_folder=self.backup_edit.text(),
                )
                if self._logo.changed and self._logo.content is None:
                    clear_organisation_logo(session)
                elif self._logo.changed and self._logo.content is not None:
                    set_organisation_logo(session, self._logo.content, self._logo.file_name)
        except ValidationError as exc:
            key = {"home time zone": "zone", "backup folder": "backup", "logo": "logo"}.get(
                exc.field, "general"
            )
            # Beside its field, the message; at the foot, the field named too.
            self._set_error(key, core_text(exc if key == "general" else exc.message))
            return False
        except DomainError as exc:
            self._set_error("general", core_text(exc))
            return False
        if self._db.path is not None:
            # The backups taken from now on (before an import, a purge) go to the new folder;
            # the next opening reads it from the database before its daily copy.
            folder = str(saved.backup_folder) if saved.backup_folder else None
            self._db.backup_folder = resolve_backup_folder(self._db.path, None, folder)
        self.stored = saved
        self._settings.setValue(keys.BOOKLET_LANGUAGE, self.booklet_language_box.currentData())
        self._settings.setValue(keys.BOOKLET_PAGE_SIZE, self.page_size_box.currentData())
        self._settings.setValue(keys.LANGUAGE, self.program_language)
        self._settings.sync()
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()


def open_preferences(window: QWidget, db: Database, settings: QSettings) -> bool:
    """Show the preferences over ``window``; a new program language applies at once."""
    language = str(getattr(window, "language", "en"))
    dialog = PreferencesDialog(db, settings, language=language, parent=window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    set_language = getattr(window, "set_language", None)
    if dialog.program_language != language and callable(set_language):
        set_language(dialog.program_language)
    return True
