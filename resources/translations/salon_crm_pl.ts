<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AddressRow</name>
    <message>
        <source>Address type</source>
        <translation>Rodzaj adresu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Street, house, flat</source>
        <translation>Ulica, nr domu, nr lokalu</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Miejscowość:</translation>
    </message>
    <message>
        <source>Street, house, flat:</source>
        <translation>Ulica, nr domu, nr lokalu:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Kod pocztowy:</translation>
    </message>
</context>
<context>
    <name>AllergyRow</name>
    <message>
        <source>Substance</source>
        <translation>Substancja</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reakcja</translation>
    </message>
    <message>
        <source>Reaction, e.g. swelling, anaphylaxis</source>
        <translation>Reakcja, np. obrzęk, anafilaksja</translation>
    </message>
</context>
<context>
    <name>AnamnesisDialog</name>
    <message>
        <source>Anamnesis: {name}</source>
        <translation>Wywiad: {name}</translation>
    </message>
    <message>
        <source>Reviewing version {number}: saving signs version {next}.</source>
        <translation>Przegląd wersji {number}: zapis podpisze wersję {next}.</translation>
    </message>
    <message>
        <source>The first anamnesis of the client.</source>
        <translation>Pierwszy wywiad klienta.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>Complaints and goals</source>
        <translation>Dolegliwości i cele</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Styl życia</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zdrowie</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Leki</translation>
    </message>
    <message>
        <source>Surgeries and implants</source>
        <translation>Operacje i implanty</translation>
    </message>
    <message>
        <source>Pregnancy and cycle</source>
        <translation>Ciąża i cykl</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergie</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation>Podpisz i zapisz</translation>
    </message>
    <message>
        <source>Save this version signed with your name (Ctrl+S)</source>
        <translation>Zapisz tę wersję z Twoim podpisem (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Zamknij bez zapisywania (Esc)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od kiedy</translation>
    </message>
    <message>
        <source>When it was done or fitted</source>
        <translation>Kiedy wykonano lub wszczepiono</translation>
    </message>
    <message>
        <source>What the client comes with</source>
        <translation>Z czym zgłasza się klient</translation>
    </message>
    <message>
        <source>e.g. 120/80</source>
        <translation>np. 120/80</translation>
    </message>
    <message>
        <source>Infections and skin</source>
        <translation>Infekcje i skóra</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cykl</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Alergie i nietolerancje</translation>
    </message>
    <message>
        <source>Pick a substance from the list or type it as the client says it; procedures check the products&apos; substances against these.</source>
        <translation>Wybierz substancję z listy lub wpisz ją tak, jak podaje klient; przy zapisie zabiegu skład preparatów jest porównywany z tą listą.</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>Dodaj alergię</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>AnamnesisSection</name>
    <message>
        <source>Anamnesis</source>
        <translation>Wywiad</translation>
    </message>
    <message>
        <source>Anamnesis version</source>
        <translation>Wersja wywiadu</translation>
    </message>
    <message>
        <source>Older versions stay readable</source>
        <translation>Starsze wersje można nadal przeglądać</translation>
    </message>
    <message>
        <source>Version {number} of {date}</source>
        <translation>Wersja {number} z {date}</translation>
    </message>
    <message>
        <source>Fill in the anamnesis…</source>
        <translation>Wypełnij wywiad…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Zaktualizuj…</translation>
    </message>
    <message>
        <source>Sign a new version, starting from this one</source>
        <translation>Podpisz nową wersję na podstawie tej</translation>
    </message>
    <message>
        <source>No anamnesis recorded yet.</source>
        <translation>Wywiad nie został jeszcze wypełniony.</translation>
    </message>
    <message>
        <source>Version {number}, signed {moment} by {name}</source>
        <translation>Wersja {number}, podpisana {moment}, {name}</translation>
    </message>
    <message>
        <source>Allergies: {list}</source>
        <translation>Alergie: {list}</translation>
    </message>
    <message>
        <source>No allergies noted.</source>
        <translation>Nie odnotowano alergii.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Stany i choroby</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>od {date}</translation>
    </message>
</context>
<context>
    <name>AnamnesisTexts</name>
    <message>
        <source>Complaints</source>
        <translation>Dolegliwości</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Physical activity</source>
        <translation>Aktywność fizyczna</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Palenie</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Work conditions</source>
        <translation>Warunki pracy</translation>
    </message>
    <message>
        <source>Chronic diseases, details</source>
        <translation>Choroby przewlekłe, szczegóły</translation>
    </message>
    <message>
        <source>Medicines now and in the last 6 months</source>
        <translation>Leki obecnie i w ostatnich 6 miesiącach</translation>
    </message>
    <message>
        <source>Supplements and vitamins</source>
        <translation>Suplementy i witaminy</translation>
    </message>
    <message>
        <source>Surgeries, with dates</source>
        <translation>Operacje (z datami)</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Ciśnienie tętnicze</translation>
    </message>
    <message>
        <source>Cycle notes</source>
        <translation>Uwagi o cyklu</translation>
    </message>
    <message>
        <source>Infectious diseases</source>
        <translation>Choroby zakaźne</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Choroby skóry</translation>
    </message>
    <message>
        <source>Procedures done elsewhere</source>
        <translation>Zabiegi w innych gabinetach</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Complaints and goals</source>
        <translation>Dolegliwości i cele</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Styl życia</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zdrowie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <source>Has allergies and contraindications — details for the specialist</source>
        <translation>Ma alergie i przeciwwskazania — szczegóły u specjalisty</translation>
    </message>
    <message>
        <source>Has allergies — details for the specialist</source>
        <translation>Ma alergie — szczegóły u specjalisty</translation>
    </message>
    <message>
        <source>Has contraindications — details for the specialist</source>
        <translation>Ma przeciwwskazania — szczegóły u specjalisty</translation>
    </message>
    <message>
        <source>Allergy: {allergies}</source>
        <translation>Alergia: {allergies}</translation>
    </message>
    <message>
        <source>Contraindications: {conditions}</source>
        <translation>Przeciwwskazania: {conditions}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Salon CRM</source>
        <translation>Salon CRM</translation>
    </message>
    <message>
        <source>The salon&apos;s database in {path} could not be opened:
{error}</source>
        <translation>Nie udało się otworzyć bazy danych salonu w {path}:
{error}</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive the client</source>
        <translation>Przenieś klienta do archiwum</translation>
    </message>
    <message>
        <source>Why is {name} archived?</source>
        <translation>Dlaczego {name} trafia do archiwum?</translation>
    </message>
    <message>
        <source>The client leaves the working list and the search. The card and everything in it are kept; the client can be restored at any time.</source>
        <translation>Klient zniknie z listy roboczej i z wyszukiwania. Karta i cała jej zawartość zostaną zachowane; klienta można w każdej chwili przywrócić.</translation>
    </message>
    <message>
        <source>For a duplicate card, “Merge with another card” keeps the phones, documents and history of both in one card.</source>
        <translation>W przypadku duplikatu karty opcja „Scal z inną kartą” zachowa telefony, dokumenty i historię obu kart w jednej karcie.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Przeprowadzka</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Duplikat karty</translation>
    </message>
    <message>
        <source>Asked to be removed</source>
        <translation>Prośba o usunięcie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inny powód</translation>
    </message>
    <message>
        <source>Describe the reason (required)</source>
        <translation>Opisz powód (wymagane)</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Szczegóły (opcjonalnie)</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New skin assessment</source>
        <translation>Nowa ocena stanu skóry</translation>
    </message>
    <message>
        <source>Skin assessment of {day}</source>
        <translation>Ocena stanu skóry z {day}</translation>
    </message>
    <message>
        <source>Correct the skin assessment of {day}</source>
        <translation>Poprawa oceny skóry z {day}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(nieznany)</translation>
    </message>
    <message>
        <source>Recorded by {name}, {moment}</source>
        <translation>Zapisał(a): {name}, {moment}</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Skóra</translation>
    </message>
    <message>
        <source>Face chart</source>
        <translation>Schemat twarzy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Typ skóry</translation>
    </message>
    <message>
        <source>Wrinkle type</source>
        <translation>Rodzaj zmarszczek</translation>
    </message>
    <message>
        <source>Baumann skin type</source>
        <translation>Typ skóry wg Baumann</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>What you see: pores, rashes, scars, dehydration, zones…</source>
        <translation>Co widać: pory, wykwity, blizny, odwodnienie, strefy…</translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>Skin assessments are seen only by specialists and the owner.</source>
        <translation>Oceny stanu skóry widzą tylko specjaliści i właściciel.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>New skin assessment</source>
        <translation>Nowa ocena skóry</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Read the chosen assessment; on the day it was recorded, correct it</source>
        <translation>Wyświetl wybraną ocenę; w dniu zapisu można ją poprawić</translation>
    </message>
</context>
<context>
    <name>BaumannPicker</name>
    <message>
        <source>Type: {letters}</source>
        <translation>Typ: {letters}</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Zdjęcie z kamery</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Zrób zdjęcie</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Spacja lub Enter</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Powtórz</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Użyj tego zdjęcia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Lustro</translation>
    </message>
    <message>
        <source>Show the picture as a mirror does; the photo is kept as it is</source>
        <translation>Pokazuj obraz jak w lustrze; samo zdjęcie zostaje zapisane bez odbicia</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Kamera:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Rozdzielczość:</translation>
    </message>
    <message>
        <source>Show previous photo</source>
        <translation>Pokaż poprzednie zdjęcie</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Krycie:</translation>
    </message>
    <message>
        <source>Opacity of the previous photo</source>
        <translation>Krycie poprzedniego zdjęcia</translation>
    </message>
    <message>
        <source>The photo is kept as the camera sees it, not mirrored.</source>
        <translation>Zdjęcie jest zapisywane tak, jak widzi je kamera — bez lustrzanego odbicia.</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Włączanie kamery…</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Kamera {number}</translation>
    </message>
    <message>
        <source>A video file: {size}</source>
        <translation>Plik wideo: {size}</translation>
    </message>
    <message>
        <source>The camera gives {size}</source>
        <translation>Kamera daje {size}</translation>
    </message>
    <message>
        <source>The camera is in use by another program. Close that program (a video call, another camera application) and press Try again, or choose a photo from a file.</source>
        <translation>Kamera jest używana przez inny program. Zamknij ten program (rozmowę wideo, inną aplikację do kamery) i naciśnij „Spróbuj ponownie” albo wybierz zdjęcie z pliku.</translation>
    </message>
    <message>
        <source>The camera stopped sending pictures: it may have been unplugged. Check its cable and press Try again, or choose a photo from a file.</source>
        <translation>Kamera przestała przesyłać obraz: być może została odłączona. Sprawdź kabel i naciśnij „Spróbuj ponownie” albo wybierz zdjęcie z pliku.</translation>
    </message>
    <message>
        <source>No camera was found. Connect a camera and press Try again, or choose a photo from a file.</source>
        <translation>Nie znaleziono kamery. Podłącz kamerę i naciśnij „Spróbuj ponownie” albo wybierz zdjęcie z pliku.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>Obraz z kamery</translation>
    </message>
</context>
<context>
    <name>CardPortrait</name>
    <message>
        <source>Drop a photo file here to make it the client&apos;s photo</source>
        <translation>Upuść tu plik ze zdjęciem, aby ustawić je jako zdjęcie klienta</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Zrób zdjęcie</translation>
    </message>
    <message>
        <source>Take the client&apos;s photo with the camera</source>
        <translation>Zrób zdjęcie klienta kamerą</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Wybierz plik…</translation>
    </message>
</context>
<context>
    <name>CardTemplatesEditor</name>
    <message>
        <source>New template</source>
        <translation>Nowy szablon</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>A new client&apos;s questionnaire starts from a template. With several, Ctrl+N asks which one.</source>
        <translation>Ankieta nowego klienta zaczyna się od szablonu. Gdy szablonów jest kilka, Ctrl+N zapyta, którego użyć.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Select a template to change it, or add a new one.</source>
        <translation>Wybierz szablon, aby go zmienić, albo dodaj nowy.</translation>
    </message>
    <message>
        <source>Offered first when there are several</source>
        <translation>Proponuj jako pierwszy, gdy jest ich kilka</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategoria:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Rabat:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupy:</translation>
    </message>
    <message>
        <source>Consents ticked:</source>
        <translation>Zaznaczone zgody:</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Pola własne:</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Zapisz szablon</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Templates for new cards</source>
        <translation>Szablony nowych kart</translation>
    </message>
    <message>
        <source>{name} (offered first)</source>
        <translation>{name} (proponowany jako pierwszy)</translation>
    </message>
    <message>
        <source>The template “{name}” is saved.</source>
        <translation>Szablon „{name}” został zapisany.</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Clients created from it keep their data.</source>
        <translation>Usunąć szablon „{name}”? Dane klientów utworzonych z niego pozostaną.</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Usuwanie szablonu</translation>
    </message>
    <message>
        <source>The template “{name}” is deleted.</source>
        <translation>Szablon „{name}” został usunięty.</translation>
    </message>
</context>
<context>
    <name>CatalogueLabels</name>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>CatalogueSection</name>
    <message>
        <source>Show those not in use</source>
        <translation>Pokaż nieużywane</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Use again</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Offer it again when a procedure is recorded</source>
        <translation>Znów proponuj przy zapisie zabiegu</translation>
    </message>
    <message>
        <source>Stop using</source>
        <translation>Wycofaj z użycia</translation>
    </message>
    <message>
        <source>Recording no longer offers it; past procedures keep it</source>
        <translation>Nie będzie proponowany przy zapisie; wcześniejsze zabiegi go zachowują</translation>
    </message>
    <message>
        <source>“{name}” is saved.</source>
        <translation>„{name}”: zapisano.</translation>
    </message>
    <message>
        <source>“{name}” is offered again.</source>
        <translation>„{name}” jest znów proponowany.</translation>
    </message>
    <message>
        <source>“{name}” is no longer offered; the procedures already recorded keep it. Tick “Show those not in use” to bring it back.</source>
        <translation>„{name}” nie jest już proponowany; zapisane zabiegi go zachowują. Zaznacz „Pokaż nieużywane”, aby go przywrócić.</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>R</source>
        <translation>P</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <source>New value…</source>
        <translation>Nowa wartość…</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Dodaj wartość</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>W dół</translation>
    </message>
</context>
<context>
    <name>ClientActions</name>
    <message>
        <source>The owner has changed your account. Lock the program (Ctrl+L) and log in again.</source>
        <translation>Właściciel zmienił Twoje konto. Zablokuj program (Ctrl+L) i zaloguj się ponownie.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask the owner or the administrator.</source>
        <translation>Twoja rola na to nie pozwala. Zwróć się do właściciela lub administratora.</translation>
    </message>
    <message>
        <source>The client has not consented to clinical photos (or has withdrawn it). Record the consent in the questionnaire first.</source>
        <translation>Klient nie zgodził się na zdjęcia kliniczne (lub wycofał zgodę). Najpierw zaznacz zgodę w ankiecie.</translation>
    </message>
    <message>
        <source>The client has not consented to the use of photos in advertising (or has withdrawn it). Record the consent in the questionnaire first.</source>
        <translation>Klient nie zgodził się na użycie zdjęć w reklamie (lub wycofał zgodę). Najpierw zaznacz zgodę w ankiecie.</translation>
    </message>
    <message>
        <source>The client has not consented to the processing of health data (or has withdrawn it). Record the consent in the questionnaire first.</source>
        <translation>Klient nie wyraził zgody na przetwarzanie danych o zdrowiu (lub ją wycofał). Najpierw zaznacz zgodę w ankiecie.</translation>
    </message>
    <message>
        <source>This card no longer exists. Reload the list and try again.</source>
        <translation>Ta karta już nie istnieje. Wczytaj listę ponownie i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Someone changed this card meanwhile. Look at it again and retry.</source>
        <translation>W międzyczasie ktoś zmienił tę kartę. Sprawdź ją ponownie i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>The change was refused: {details}</source>
        <translation>Zmiana została odrzucona: {details}</translation>
    </message>
    <message>
        <source>No. {number} {name}</source>
        <translation>Nr {number} {name}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>ClientCardView</name>
    <message>
        <source>Choose a client in the list to see the card.</source>
        <translation>Wybierz klienta z listy, aby zobaczyć kartę.</translation>
    </message>
    <message>
        <source>Card actions</source>
        <translation>Działania na karcie</translation>
    </message>
    <message>
        <source>Edit questionnaire</source>
        <translation>Edytuj ankietę</translation>
    </message>
    <message>
        <source>Call made</source>
        <translation>Odnotuj telefon</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Archiwizuj…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Merge with another card…</source>
        <translation>Scal z inną kartą…</translation>
    </message>
    <message>
        <source>Visible note: shown wherever the client is picked</source>
        <translation>Notatka widoczna: wyświetlana przy każdym wyborze klienta</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr {number}</translation>
    </message>
    <message>
        <source>age {age}, born {date}</source>
        <translation>wiek: {age}, ur. {date}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>ur. {date}</translation>
    </message>
    <message>
        <source>came from: {source}</source>
        <translation>źródło: {source}</translation>
    </message>
    <message>
        <source>next call {date}</source>
        <translation>następny telefon: {date}</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Czarna lista</translation>
    </message>
    <message>
        <source>Class {cls}</source>
        <translation>Klasa {cls}</translation>
    </message>
    <message>
        <source>Discount {percent}%</source>
        <translation>Rabat {percent}%</translation>
    </message>
    <message>
        <source>Child of {link}</source>
        <translation>Rodzic: {link}</translation>
    </message>
    <message>
        <source>Children: {links}</source>
        <translation>Dzieci: {links}</translation>
    </message>
    <message>
        <source>No. {number} {name}</source>
        <translation>Nr {number} {name}</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Click to copy {number}</source>
        <translation>Kliknij, aby skopiować {number}</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Zadzwoń</translation>
    </message>
    <message>
        <source>main</source>
        <translation>główny</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumenty</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Forma zwracania się</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>Dzwonić co (dni)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Name day</source>
        <translation>Imieniny</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Praca</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Karta lojalnościowa</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Następny telefon</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>No contacts entered.</source>
        <translation>Nie wprowadzono kontaktów.</translation>
    </message>
    <message>
        <source>issued {date}</source>
        <translation>wydany {date}</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>kod {code}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>ważny do {date}</translation>
    </message>
    <message>
        <source>registered at {address}</source>
        <translation>adres zameldowania: {address}</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>bez terminu ważności</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>termin ważności minął {date}</translation>
    </message>
    <message>
        <source>expires on {date}</source>
        <translation>termin ważności mija {date}</translation>
    </message>
    <message>
        <source>No documents entered.</source>
        <translation>Nie wprowadzono dokumentów.</translation>
    </message>
    <message>
        <source>Family and contact persons</source>
        <translation>Rodzina i osoby kontaktowe</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Rodzic</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Dziecko</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <source>No family links or contact persons.</source>
        <translation>Brak powiązań rodzinnych i osób kontaktowych.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>given {date}</source>
        <translation>udzielona {date}</translation>
    </message>
    <message>
        <source>{given}, document {number}</source>
        <translation>{given}, dokument nr {number}</translation>
    </message>
    <message>
        <source>{given}, withdrawn {date}</source>
        <translation>{given}, wycofana {date}</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Nie zarejestrowano zgód.</translation>
    </message>
    <message>
        <source>More about the client</source>
        <translation>Więcej o kliencie</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notatki wewnętrzne</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Documents of the client</source>
        <translation>Dokumenty klienta</translation>
    </message>
    <message>
        <source>BLACKLIST: this client is on the salon&apos;s blacklist.</source>
        <translation>CZARNA LISTA: ten klient jest na czarnej liście salonu.</translation>
    </message>
    <message>
        <source>Consent expired: {purpose}, valid until {date}.</source>
        <translation>Zgoda wygasła: {purpose}, ważna do {date}.</translation>
    </message>
    <message>
        <source>Expired: {document}, valid until {date}.</source>
        <translation>Nieważny dokument: {document}, ważny do {date}.</translation>
    </message>
    <message>
        <source>Merged into {link} on {date}.</source>
        <translation>Scalono z kartą {link} dnia {date}.</translation>
    </message>
    <message>
        <source>Archived on {date}: {reason}</source>
        <translation>Przeniesiono do archiwum {date}: {reason}</translation>
    </message>
    <message>
        <source>Archived on {date}.</source>
        <translation>Przeniesiono do archiwum {date}.</translation>
    </message>
    <message>
        <source>Open that client</source>
        <translation>Otwórz tę kartę</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Copied {number}</source>
        <translation>Skopiowano {number}</translation>
    </message>
    <message>
        <source>No program on this computer opens {url}.</source>
        <translation>Na tym komputerze nie ma programu, który otworzy {url}.</translation>
    </message>
    <message>
        <source>Call noted; next call on {date}.</source>
        <translation>Telefon odnotowany; następny telefon: {date}.</translation>
    </message>
    <message>
        <source>Call noted.</source>
        <translation>Telefon odnotowany.</translation>
    </message>
    <message>
        <source>The client is back in the working list.</source>
        <translation>Klient wrócił na listę roboczą.</translation>
    </message>
    <message>
        <source>The cards are merged.</source>
        <translation>Karty zostały scalone.</translation>
    </message>
</context>
<context>
    <name>ClientFilterPanel</name>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Czarna lista</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Dzieci</translation>
    </message>
    <message>
        <source>Birthday this week</source>
        <translation>Urodziny w tym tygodniu</translation>
    </message>
    <message>
        <source>Expired documents</source>
        <translation>Nieważne dokumenty</translation>
    </message>
    <message>
        <source>Has debt</source>
        <translation>Ma dług</translation>
    </message>
    <message>
        <source>Clients who owe the salon for their procedures</source>
        <translation>Klienci, którzy są winni salonowi za zabiegi</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiwum</translation>
    </message>
    <message>
        <source>Show the archive instead of the working list</source>
        <translation>Pokaż archiwum zamiast listy roboczej</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Source: how the client found the salon</source>
        <translation>Źródło: skąd klient dowiedział się o salonie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Importance class</source>
        <translation>Klasa ważności</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Dowolna grupa</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Dowolne źródło</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Dowolna kategoria</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (ukryta pozycja)</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>Dowolna klasa</translation>
    </message>
</context>
<context>
    <name>ClientHistory</name>
    <message>
        <source>Client number</source>
        <translation>Numer klienta</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Name day</source>
        <translation>Imieniny</translation>
    </message>
    <message>
        <source>Name day (month)</source>
        <translation>Imieniny (miesiąc)</translation>
    </message>
    <message>
        <source>Name day (day)</source>
        <translation>Imieniny (dzień)</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferowany język</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Main phone</source>
        <translation>Telefon główny</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Czarna lista</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Opiekun klienta</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Rabat, %</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Karta lojalnościowa</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Rodzic</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>Dzwonić co (dni)</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Następny telefon</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Ostatnia wizyta</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notatki wewnętrzne</translation>
    </message>
    <message>
        <source>Visible notes</source>
        <translation>Notatki widoczne</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Zarchiwizowano</translation>
    </message>
    <message>
        <source>Reason for archiving</source>
        <translation>Powód archiwizacji</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Scalono z</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Utworzone przez</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Zmienione przez</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Social profile</source>
        <translation>Profil społecznościowy</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Dokument tożsamości</translation>
    </message>
    <message>
        <source>Document with expiry</source>
        <translation>Dokument z terminem ważności</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Osoba kontaktowa</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Pole dodatkowe</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numer</translation>
    </message>
    <message>
        <source>Added to groups</source>
        <translation>Dodano do grup</translation>
    </message>
    <message>
        <source>Removed from groups</source>
        <translation>Usunięto z grup</translation>
    </message>
    <message>
        <source>Document No. {number}</source>
        <translation>Dokument nr {number}</translation>
    </message>
    <message>
        <source>Merged with client {client}</source>
        <translation>Scalono z klientem {client}</translation>
    </message>
    <message>
        <source>Archived: {reason}</source>
        <translation>Zarchiwizowano: {reason}</translation>
    </message>
    <message>
        <source>{section} {name}: {field}</source>
        <translation>{section} {name}: {field}</translation>
    </message>
    <message>
        <source>{section}: {field}</source>
        <translation>{section}: {field}</translation>
    </message>
    <message>
        <source>type</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <source>main</source>
        <translation>główny</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notatka</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Forma zwracania się</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>city</source>
        <translation>miejscowość</translation>
    </message>
    <message>
        <source>street</source>
        <translation>ulica</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>kod pocztowy</translation>
    </message>
    <message>
        <source>network</source>
        <translation>serwis</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>cel</translation>
    </message>
    <message>
        <source>given</source>
        <translation>udzielona</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>wycofana</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>kto zapisał</translation>
    </message>
    <message>
        <source>evidencing document</source>
        <translation>dokument potwierdzający</translation>
    </message>
    <message>
        <source>series</source>
        <translation>seria</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>data wydania</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>organ wydający</translation>
    </message>
    <message>
        <source>department code</source>
        <translation>kod jednostki</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>ważny do</translation>
    </message>
    <message>
        <source>registration address</source>
        <translation>adres zameldowania</translation>
    </message>
    <message>
        <source>title</source>
        <translation>nazwa</translation>
    </message>
    <message>
        <source>name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>role</source>
        <translation>relacja</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <source>field</source>
        <translation>pole</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Przywrócono z archiwum</translation>
    </message>
    <message>
        <source>Viewed: {section}</source>
        <translation>Wyświetlono: {section}</translation>
    </message>
    <message>
        <source>Card created</source>
        <translation>Utworzono kartę</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr {number}</translation>
    </message>
    <message>
        <source>{section} added</source>
        <translation>Dodano: {section}</translation>
    </message>
    <message>
        <source>{section} removed</source>
        <translation>Usunięto: {section}</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(system)</translation>
    </message>
    <message>
        <source>From a duplicate card merged into this one.</source>
        <translation>Z duplikatu karty scalonego z tą kartą.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Przed zmianą</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Po zmianie</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtry</translation>
    </message>
    <message>
        <source>Filters ({count})</source>
        <translation>Filtry ({count})</translation>
    </message>
    <message>
        <source>Show or hide the filters (Ctrl+Shift+F)</source>
        <translation>Pokaż lub ukryj filtry (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Oznaczenia</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Archived: {count}</source>
        <translation>W archiwum: {count}</translation>
    </message>
    <message>
        <source>Clients: {count}</source>
        <translation>Klienci: {count}</translation>
    </message>
    <message>
        <source>No clients match “{text}”.</source>
        <translation>Brak klientów pasujących do „{text}”.</translation>
    </message>
    <message>
        <source>Showing results for “{text}”</source>
        <translation>Wyniki dla „{text}”</translation>
    </message>
    <message>
        <source>No clients match these filters.</source>
        <translation>Brak klientów pasujących do wybranych filtrów.</translation>
    </message>
    <message>
        <source>No clients yet. Press Ctrl+N to add the first one.</source>
        <translation>Nie ma jeszcze klientów. Naciśnij Ctrl+N, aby dodać pierwszego.</translation>
    </message>
    <message>
        <source>1 archived client matches — show it</source>
        <translation>W archiwum pasuje 1 klient — pokaż</translation>
    </message>
    <message numerus="yes">
        <source>%n archived clients match — show them</source>
        <translation>
            <numerusform>W archiwum jest %n pasujący klient — pokaż</numerusform>
            <numerusform>W archiwum są %n pasujący klienci — pokaż</numerusform>
            <numerusform>W archiwum jest %n pasujących klientów — pokaż</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded: {error}</source>
        <translation>Nie udało się wczytać listy: {error}</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Choose a client</source>
        <translation>Wybierz klienta</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Znajdź klienta</translation>
    </message>
    <message>
        <source>Name, phone, e-mail or client number</source>
        <translation>Imię i nazwisko, telefon, e-mail lub numer klienta</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Znalezieni klienci</translation>
    </message>
    <message>
        <source>Start typing to find the client.</source>
        <translation>Zacznij pisać, aby znaleźć klienta.</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr {number}</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling or try the phone.</source>
        <translation>Nikogo nie znaleziono. Sprawdź pisownię lub spróbuj wyszukać po numerze telefonu.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Near match: one letter differs from what was typed</source>
        <translation>Podobne dopasowanie: jedna litera różni się od wpisanej</translation>
    </message>
    <message>
        <source>Archived client</source>
        <translation>Klient w archiwum</translation>
    </message>
    <message>
        <source>Flags: VIP, blacklist, child, expired documents, allergies, contraindications</source>
        <translation>Oznaczenia: VIP, czarna lista, dziecko, nieważne dokumenty, alergie, przeciwwskazania</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Tej kolumny nie można sortować</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Data ur.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Ostatnia wizyta</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ConditionRulesEditor</name>
    <message>
        <source>Find a condition…</source>
        <translation>Znajdź stan…</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>Bez reguły</translation>
    </message>
    <message>
        <source>Warns</source>
        <translation>Ostrzega</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blokuje</translation>
    </message>
</context>
<context>
    <name>ConsentGate</name>
    <message>
        <source>Consent needed</source>
        <translation>Wymagana zgoda</translation>
    </message>
    <message>
        <source>Open the questionnaire</source>
        <translation>Otwórz ankietę</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
</context>
<context>
    <name>ConsentNotice</name>
    <message>
        <source>The client has not consented to the processing of health data (or has withdrawn it): nothing can be recorded until the consent is.</source>
        <translation>Klient nie wyraził zgody na przetwarzanie danych o zdrowiu (lub ją wycofał): dopóki zgoda nie zostanie zapisana, nie można nic zapisać.</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Zapisz zgodę…</translation>
    </message>
    <message>
        <source>Consent to the processing of health data</source>
        <translation>Zgoda na przetwarzanie danych o zdrowiu</translation>
    </message>
    <message>
        <source>Record that {name} consents to the processing of health data as of today?

Do it only when the client has signed the consent.</source>
        <translation>Zapisać, że {name} wyraża zgodę na przetwarzanie danych o zdrowiu od dziś?

Zrób to tylko wtedy, gdy klient podpisał zgodę.</translation>
    </message>
</context>
<context>
    <name>ContactPersonRow</name>
    <message>
        <source>Contact person&apos;s name</source>
        <translation>Imię i nazwisko osoby kontaktowej</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Relacja</translation>
    </message>
    <message>
        <source>e.g. mother, husband</source>
        <translation>np. matka, mąż</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone</source>
        <translation>Telefon osoby kontaktowej</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail</source>
        <translation>E-mail osoby kontaktowej</translation>
    </message>
    <message>
        <source>Contact person note</source>
        <translation>Notatka o osobie kontaktowej</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Relacja:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Fill a document: {name}</source>
        <translation>Wypełnij dokument: {name}</translation>
    </message>
    <message>
        <source>Leave the rest blank to fill in by hand</source>
        <translation>Pozostaw resztę pustą do wypełnienia ręcznie</translation>
    </message>
    <message>
        <source>The client has signed a printed copy</source>
        <translation>Klient podpisał wydrukowany egzemplarz</translation>
    </message>
    <message>
        <source>Refresh preview</source>
        <translation>Odśwież podgląd</translation>
    </message>
    <message>
        <source>Save to the card</source>
        <translation>Zapisz w karcie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Podpisy</translation>
    </message>
    <message>
        <source>The salon has no active templates; the owner adds them in Settings.</source>
        <translation>Salon nie ma aktywnych szablonów; właściciel dodaje je w ustawieniach.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— brak —</translation>
    </message>
    <message>
        <source>The preview waits for the values missing on the left: fill them in, or tick “Leave the rest blank to fill in by hand”.</source>
        <translation>Do podglądu brakuje wartości po lewej: uzupełnij je lub zaznacz „Pozostaw resztę pustą do wypełnienia ręcznie”.</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>Nie udało się utworzyć podglądu.</translation>
    </message>
    <message>
        <source>Fill this in, or tick “Leave the rest blank to fill in by hand”.</source>
        <translation>Uzupełnij to pole lub zaznacz „Pozostaw resztę pustą do wypełnienia ręcznie”.</translation>
    </message>
    <message>
        <source>Some values are missing (see above); the document was not saved.</source>
        <translation>Brakuje niektórych wartości (patrz wyżej); dokument nie został zapisany.</translation>
    </message>
    <message>
        <source>The questionnaire did not take these values; see above.</source>
        <translation>Ankieta nie przyjęła tych wartości; patrz wyżej.</translation>
    </message>
    <message>
        <source>Saved as No. {number}</source>
        <translation>Zapisano jako nr {number}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close without saving? The values typed and the signatures will be lost.</source>
        <translation>Zamknąć bez zapisywania? Wpisane wartości i podpisy zostaną utracone.</translation>
    </message>
</context>
<context>
    <name>ContraindicationDialog</name>
    <message>
        <source>Contraindications</source>
        <translation>Przeciwwskazania</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odmowa</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blokuje</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>Reason to proceed</source>
        <translation>Powód kontynuacji</translation>
    </message>
    <message>
        <source>Go back and correct the lot</source>
        <translation>Wróć i popraw partię</translation>
    </message>
    <message>
        <source>Why go ahead anyway? The reason is kept in the record:</source>
        <translation>Dlaczego mimo to kontynuować? Powód zostanie zapisany w karcie:</translation>
    </message>
    <message>
        <source>Proceed anyway</source>
        <translation>Kontynuuj mimo to</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Proceed</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>This procedure cannot be recorded as it is:</source>
        <translation>Tego zabiegu nie można zapisać w tej postaci:</translation>
    </message>
    <message>
        <source>The client&apos;s health record rules this procedure out:</source>
        <translation>Według danych o zdrowiu klienta zabieg jest przeciwwskazany:</translation>
    </message>
    <message>
        <source>Take care: the client&apos;s health record calls for caution.</source>
        <translation>Uwaga: dane o zdrowiu klienta wymagają ostrożności.</translation>
    </message>
    <message>
        <source>Allergy to {substance}, which {product} contains</source>
        <translation>Alergia na {substance}, składnik produktu {product}</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} was recalled on {date}</source>
        <translation>Partia {lot} produktu {product} wycofana {date}</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} expired on {date}</source>
        <translation>Partia {lot} produktu {product} straciła ważność {date}</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polska</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rosja</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazachstan</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Białoruś</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Mołdawia</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Gruzja</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Niemcy</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Czechy</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Słowacja</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litwa</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Łotwa</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estonia</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunia</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Azerbejdżan</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Uzbekistan</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Izrael</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Crop the photo</source>
        <translation>Kadrowanie zdjęcia</translation>
    </message>
    <message>
        <source>Use this crop</source>
        <translation>Zastosuj</translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>Crop frame</source>
        <translation>Ramka kadrowania</translation>
    </message>
    <message>
        <source>Drag the frame or its corners. Arrow keys move it, Shift+arrows resize it.</source>
        <translation>Przeciągnij ramkę lub jej narożniki. Strzałki ją przesuwają, Shift+strzałki zmieniają jej rozmiar.</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation>Hrywna ukraińska</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>Złoty polski</translation>
    </message>
    <message>
        <source>Russian rouble</source>
        <translation>Rubel rosyjski</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Dolar amerykański</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Funt szterling</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Frank szwajcarski</translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation>Korona czeska</translation>
    </message>
    <message>
        <source>Hungarian forint</source>
        <translation>Forint węgierski</translation>
    </message>
    <message>
        <source>Romanian leu</source>
        <translation>Lej rumuński</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Korona szwedzka</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Korona norweska</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Korona duńska</translation>
    </message>
    <message>
        <source>Belarusian rouble</source>
        <translation>Rubel białoruski</translation>
    </message>
    <message>
        <source>Moldovan leu</source>
        <translation>Lej mołdawski</translation>
    </message>
    <message>
        <source>Georgian lari</source>
        <translation>Lari gruzińskie</translation>
    </message>
    <message>
        <source>Armenian dram</source>
        <translation>Dram armeński</translation>
    </message>
    <message>
        <source>Azerbaijani manat</source>
        <translation>Manat azerbejdżański</translation>
    </message>
    <message>
        <source>Kazakhstani tenge</source>
        <translation>Tenge kazachskie</translation>
    </message>
    <message>
        <source>Uzbekistani som</source>
        <translation>Sum uzbecki</translation>
    </message>
    <message>
        <source>Turkish lira</source>
        <translation>Lira turecka</translation>
    </message>
    <message>
        <source>Israeli new shekel</source>
        <translation>Nowy szekel izraelski</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Dolar kanadyjski</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Jen japoński</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Nowe pole</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Hidden fields keep their values but leave the forms.</source>
        <translation>Ukryte pola zachowują swoje wartości, ale znikają z formularzy.</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Pokaż ukryte</translation>
    </message>
    <message>
        <source>Required in the questionnaire</source>
        <translation>Wymagane w ankiecie</translation>
    </message>
    <message>
        <source>A questionnaire without this field filled in is not saved.</source>
        <translation>Ankieta nie zostanie zapisana, dopóki to pole nie jest wypełnione.</translation>
    </message>
    <message>
        <source>The key and the type cannot be changed after the field is created: stored values and contract templates depend on them.</source>
        <translation>Klucza i typu nie można zmienić po utworzeniu pola: zależą od nich zapisane wartości i szablony umów.</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Wartości:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etykieta:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Klucz:</translation>
    </message>
    <message>
        <source>Contract templates refer to the field by this key.</source>
        <translation>Szablony umów odwołują się do pola za pomocą tego klucza.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Renaming or removing a value does not change clients who already have the old one.</source>
        <translation>Zmiana nazwy lub usunięcie wartości nie zmienia danych klientów, którzy mają już starą wartość.</translation>
    </message>
    <message>
        <source>Save field</source>
        <translation>Zapisz pole</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Select a field to change it.</source>
        <translation>Wybierz pole, aby je zmienić.</translation>
    </message>
    <message>
        <source>Select a field to change it, or add a new one.</source>
        <translation>Wybierz pole, aby je zmienić, lub dodaj nowe.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pola dodatkowe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Tak / nie</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Wybór z listy</translation>
    </message>
    <message>
        <source>Hidden: kept with its values, not on forms.</source>
        <translation>Ukryte: zachowane wraz z wartościami, niewidoczne w formularzach.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Pokaż ponownie</translation>
    </message>
    <message>
        <source>Choose the key and the type with care: they cannot be changed once the field is saved.</source>
        <translation>Klucz i typ wybierz starannie: po zapisaniu pola nie można ich zmienić.</translation>
    </message>
    <message>
        <source>The field “{label}” is saved.</source>
        <translation>Pole „{label}” zostało zapisane.</translation>
    </message>
    <message>
        <source>The field “{label}” is on the forms again.</source>
        <translation>Pole „{label}” jest znów widoczne w formularzach.</translation>
    </message>
    <message>
        <source>The field “{label}” is hidden: clients keep their values; “Show hidden” brings it back.</source>
        <translation>Pole „{label}” zostało ukryte: klienci zachowują swoje wartości; opcja „Pokaż ukryte” pozwala je przywrócić.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsForm</name>
    <message>
        <source>The salon has no fields of its own yet. The owner can add them in Settings → Custom fields.</source>
        <translation>Salon nie ma jeszcze własnych pól. Właściciel może je dodać w Ustawieniach → Pola dodatkowe.</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>{path} is a file, not a folder. Move the file away or choose another data folder.</source>
        <translation>{path} to plik, a nie folder. Przenieś ten plik albo wybierz inny folder danych.</translation>
    </message>
    <message>
        <source>The data folder {path} does not exist and cannot be created. Choose a folder on a disk you can write to.</source>
        <translation>Folder danych {path} nie istnieje i nie można go utworzyć. Wybierz folder na dysku, na którym można zapisywać.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only: nothing could be saved there. Allow writing to it or choose another folder.</source>
        <translation>Folder danych {path} jest tylko do odczytu: nie da się w nim niczego zapisać. Zezwól na zapis albo wybierz inny folder.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. Free some space and start the program again.</source>
        <translation>Dysk, na którym znajduje się {path}, jest pełny. Zwolnij trochę miejsca i uruchom program ponownie.</translation>
    </message>
    <message>
        <source>{path} is not a salon database: it is damaged or another kind of file. Restore it from a backup or choose another data folder.</source>
        <translation>{path} nie jest bazą danych salonu: plik jest uszkodzony albo jest to plik innego rodzaju. Przywróć go z kopii zapasowej albo wybierz inny folder danych.</translation>
    </message>
    <message>
        <source>The salon&apos;s database in {path} cannot be opened. Check that the disk is connected and start the program again.</source>
        <translation>Nie można otworzyć bazy danych salonu w {path}. Sprawdź, czy dysk jest podłączony, i uruchom program ponownie.</translation>
    </message>
    <message>
        <source>The salon&apos;s server {path} cannot be reached or refused the connection. Check that the server is running and that the user name, password and database name are right.</source>
        <translation>Serwer salonu {path} jest nieosiągalny lub odmówił połączenia. Sprawdź, czy serwer działa oraz czy nazwa użytkownika, hasło i nazwa bazy danych są poprawne.</translation>
    </message>
    <message>
        <source>The database {path} on the server holds another program&apos;s tables or a newer version of this program&apos;s. Choose another database or update the program.</source>
        <translation>Baza danych {path} na serwerze zawiera tabele innego programu lub nowszej wersji tego programu. Wybierz inną bazę danych lub zaktualizuj program.</translation>
    </message>
    <message>
        <source>The server settings in {path} are damaged. Connect the data folder to the salon&apos;s server again.</source>
        <translation>Ustawienia serwera w {path} są uszkodzone. Połącz folder danych z serwerem salonu ponownie.</translation>
    </message>
    <message>
        <source>The folder {path} for the salon&apos;s photos and files does not exist or cannot be reached. Check that the shared folder is connected, or choose another one.</source>
        <translation>Folder {path} na zdjęcia i pliki salonu nie istnieje lub jest niedostępny. Sprawdź, czy folder udostępniony jest podłączony, albo wybierz inny.</translation>
    </message>
    <message>
        <source>The folder {path} for the salon&apos;s photos and files is read-only: nothing could be saved there. Allow writing to it or choose another folder.</source>
        <translation>Folder {path} na zdjęcia i pliki salonu jest tylko do odczytu: nie można w nim niczego zapisać. Zezwól na zapis albo wybierz inny folder.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} is empty (0 bytes): the salon&apos;s data is not in it. Restore it from a backup; to start a new salon instead, remove the file.</source>
        <translation>Baza danych salonu {path} jest pusta (0 bajtów): nie ma w niej danych salonu. Przywróć ją z kopii zapasowej; aby założyć nowy salon, usuń plik.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} is damaged: its check found errors. Restore the latest good backup or save what can still be read.</source>
        <translation>Baza danych salonu {path} jest uszkodzona: sprawdzenie wykryło błędy. Przywróć ostatnią dobrą kopię zapasową lub zapisz to, co da się jeszcze odczytać.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} was written by a newer version of the program. Install that version (or a later one) to open it; this one will not change it.</source>
        <translation>Baza danych salonu {path} została zapisana przez nowszą wersję programu. Zainstaluj tę wersję (lub nowszą), aby ją otworzyć; ta wersja jej nie zmieni.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} is read-only and was written by an older version of the program, so it cannot be brought up to date. Allow writing to the folder.</source>
        <translation>Baza danych salonu {path} jest tylko do odczytu i zapisana starszą wersją programu, więc nie można jej zaktualizować. Zezwól na zapis w folderze.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} cannot be protected against power cuts on this disk. Move the data folder to a local disk.</source>
        <translation>Na tym dysku bazy danych salonu {path} nie da się ochronić przed zanikiem zasilania. Przenieś folder danych na dysk lokalny.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} is busy with another program. Nothing was saved; try again in a moment.</source>
        <translation>Baza danych salonu {path} jest zajęta przez inny program. Nic nie zapisano; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>A photo or file of the salon is missing from {path}. Restore the media folder from a backup.</source>
        <translation>W {path} brakuje zdjęcia lub pliku salonu. Przywróć folder multimediów z kopii zapasowej.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.rrrr</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Wybierz datę</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Fill contract…</source>
        <translation>Wypełnij umowę…</translation>
    </message>
    <message>
        <source>Fill a contract or a consent for the client on the card (Ctrl+Shift+D)</source>
        <translation>Wypełnij umowę lub zgodę dla klienta z karty (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Print questionnaire…</source>
        <translation>Drukuj ankietę…</translation>
    </message>
    <message>
        <source>The questionnaire of the client on the card as a PDF to print (Ctrl+P)</source>
        <translation>Ankieta klienta z karty jako PDF do wydruku (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print cosmetology record…</source>
        <translation>Drukuj kartę kosmetologiczną…</translation>
    </message>
    <message>
        <source>The cosmetology record of the client on the card as a PDF to print (Ctrl+Alt+P)</source>
        <translation>Karta kosmetologiczna klienta z karty jako PDF do wydruku (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Szablony dokumentów</translation>
    </message>
    <message>
        <source>PDF forms</source>
        <translation>Formularze PDF</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>The document could not be printed. Check the printer and retry.</source>
        <translation>Nie udało się wydrukować dokumentu. Sprawdź drukarkę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Zapisz dokument jako</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>DocumentsPart</name>
    <message>
        <source>Fill a PDF form…</source>
        <translation>Wypełnij formularz PDF…</translation>
    </message>
    <message>
        <source>Fill one of the salon&apos;s PDF forms for this client</source>
        <translation>Wypełnij jeden z formularzy PDF salonu dla tego klienta</translation>
    </message>
</context>
<context>
    <name>DocumentsRegistry</name>
    <message>
        <source>Filled documents</source>
        <translation>Wypełnione dokumenty</translation>
    </message>
    <message>
        <source>No documents have been made for this client yet.</source>
        <translation>Dla tego klienta nie sporządzono jeszcze żadnego dokumentu.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Sporządził</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Podpisany</translation>
    </message>
    <message>
        <source>Signed by the client</source>
        <translation>Podpisany przez klienta</translation>
    </message>
    <message>
        <source>PDF form</source>
        <translation>Formularz PDF</translation>
    </message>
    <message>
        <source>v.{version}</source>
        <translation>wer. {version}</translation>
    </message>
    <message>
        <source>The file of document {number} is missing from the data folder. Restore the data folder from a backup to get it back.</source>
        <translation>W folderze danych brakuje pliku dokumentu {number}. Aby go odzyskać, przywróć folder danych z kopii zapasowej.</translation>
    </message>
</context>
<context>
    <name>EmailRow</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <source>Other / not stated</source>
        <translation>Inna / nie podano</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Komórkowy</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domowy</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Służbowy</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inny</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Adres domowy</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Adres służbowy</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adres korespondencyjny</translation>
    </message>
    <message>
        <source>Registration address</source>
        <translation>Adres zameldowania</translation>
    </message>
    <message>
        <source>VK</source>
        <translation>VK</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>A — key client</source>
        <translation>A — klient kluczowy</translation>
    </message>
    <message>
        <source>B — regular client</source>
        <translation>B — stały klient</translation>
    </message>
    <message>
        <source>C — occasional client</source>
        <translation>C — klient okazjonalny</translation>
    </message>
    <message>
        <source>Processing of personal data</source>
        <translation>Przetwarzanie danych osobowych</translation>
    </message>
    <message>
        <source>Processing of health data (anamnesis, allergies)</source>
        <translation>Przetwarzanie danych o zdrowiu (wywiad, alergie)</translation>
    </message>
    <message>
        <source>Clinical photos in the cosmetology record</source>
        <translation>Zdjęcia kliniczne w karcie kosmetologicznej</translation>
    </message>
    <message>
        <source>Before/after photos in advertising and social networks</source>
        <translation>Zdjęcia „przed/po” w reklamie i mediach społecznościowych</translation>
    </message>
    <message>
        <source>Advertising SMS and messenger messages</source>
        <translation>Reklamowe SMS-y i wiadomości w komunikatorach</translation>
    </message>
    <message>
        <source>Advertising e-mails</source>
        <translation>Reklamowe wiadomości e-mail</translation>
    </message>
    <message>
        <source>Sharing data with third parties</source>
        <translation>Udostępnianie danych podmiotom trzecim</translation>
    </message>
    <message>
        <source>Reminders and notifications about visits</source>
        <translation>Przypomnienia i powiadomienia o wizytach</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Paszport</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Dowód osobisty</translation>
    </message>
    <message>
        <source>Passport for travelling abroad</source>
        <translation>Paszport zagraniczny</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Inny dokument</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>Zaświadczenie lekarskie</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Ubezpieczenie</translation>
    </message>
    <message>
        <source>Signed consent</source>
        <translation>Podpisana zgoda</translation>
    </message>
    <message>
        <source>Safety briefing</source>
        <translation>Instruktaż bezpieczeństwa</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The owner has changed your account. Log in again to go on.</source>
        <translation>Właściciel zmienił Twoje konto. Zaloguj się ponownie, aby kontynuować.</translation>
    </message>
    <message>
        <source>Something went wrong, but your data is safe: every change is saved whole or not at all. The details are in {path}; please show them to whoever looks after this computer.</source>
        <translation>Coś poszło nie tak, ale Twoje dane są bezpieczne: każda zmiana zapisuje się w całości albo wcale. Szczegóły zapisano w {path}; pokaż je osobie, która opiekuje się tym komputerem.</translation>
    </message>
    <message>
        <source>Salon CRM</source>
        <translation>Salon CRM</translation>
    </message>
</context>
<context>
    <name>ExpiringDocumentRow</name>
    <message>
        <source>Document type</source>
        <translation>Rodzaj dokumentu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numer dokumentu</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Data wydania</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <source>Document note</source>
        <translation>Notatka do dokumentu</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Nieważny</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numer:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notatka:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Data wydania:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Ważny do:</translation>
    </message>
</context>
<context>
    <name>FaceChartTexts</name>
    <message>
        <source>Front</source>
        <translation>Przód</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lewa strona</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Prawa strona</translation>
    </message>
    <message>
        <source>intradermal</source>
        <translation>śródskórnie</translation>
    </message>
    <message>
        <source>subcutaneous</source>
        <translation>podskórnie</translation>
    </message>
    <message>
        <source>supraperiosteal</source>
        <translation>nadokostnowo</translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation>domięśniowo</translation>
    </message>
    <message>
        <source>Injection point</source>
        <translation>Punkt iniekcji</translation>
    </message>
    <message>
        <source>Problem zone</source>
        <translation>Strefa problemowa</translation>
    </message>
    <message>
        <source>Treated area</source>
        <translation>Obszar zabiegu</translation>
    </message>
    <message>
        <source>{kind}: {details}</source>
        <translation>{kind}: {details}</translation>
    </message>
    <message>
        <source>{product} × {points}</source>
        <translation>{product} × {points}</translation>
    </message>
</context>
<context>
    <name>FaceChartView</name>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>No markers on this view.</source>
        <translation>W tym widoku nie ma znaczników.</translation>
    </message>
    <message>
        <source>Select and move markers</source>
        <translation>Zaznaczanie i przesuwanie znaczników</translation>
    </message>
    <message>
        <source>Click a marker to select it, drag to move it; double-click or Enter edits it.</source>
        <translation>Kliknij znacznik, aby go zaznaczyć, przeciągnij, aby przesunąć; dwuklik lub Enter — edycja.</translation>
    </message>
    <message>
        <source>Click where the product was injected.</source>
        <translation>Kliknij miejsce, w które podano preparat.</translation>
    </message>
    <message>
        <source>Click the spot to note as a problem zone.</source>
        <translation>Kliknij miejsce, które chcesz oznaczyć jako strefę problemową.</translation>
    </message>
    <message>
        <source>Hold the mouse button down and draw around the treated area.</source>
        <translation>Przytrzymaj przycisk myszy i obrysuj obszar zabiegu.</translation>
    </message>
    <message>
        <source>Edit marker {number}</source>
        <translation>Edycja znacznika {number}</translation>
    </message>
    <message>
        <source>Add injection point</source>
        <translation>Dodanie punktu iniekcji</translation>
    </message>
    <message>
        <source>Add problem zone</source>
        <translation>Dodanie strefy problemowej</translation>
    </message>
    <message>
        <source>Add treated area</source>
        <translation>Dodanie obszaru zabiegu</translation>
    </message>
    <message>
        <source>Move marker {number}</source>
        <translation>Przesunięcie znacznika {number}</translation>
    </message>
    <message>
        <source>Delete marker {number}</source>
        <translation>Usunięcie znacznika {number}</translation>
    </message>
    <message>
        <source>{view} ({count})</source>
        <translation>{view} ({count})</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>Cofnij: {what}</translation>
    </message>
    <message>
        <source>Redo: {what}</source>
        <translation>Ponów: {what}</translation>
    </message>
</context>
<context>
    <name>FieldMapTable</name>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Str.</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Pole do wstawienia</translation>
    </message>
    <message>
        <source>{name} (check box: ticked when the value is not empty)</source>
        <translation>{name} (pole wyboru: zaznaczone, gdy wartość nie jest pusta)</translation>
    </message>
    <message>
        <source>— leave empty —</source>
        <translation>— zostaw puste —</translation>
    </message>
</context>
<context>
    <name>FillContractButton</name>
    <message>
        <source>Fill contract…</source>
        <translation>Wypełnij umowę…</translation>
    </message>
    <message>
        <source>Fill a contract or a consent for this client and sign it</source>
        <translation>Wypełnij i podpisz umowę lub zgodę dla tego klienta</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>New salon — Salon CRM</source>
        <translation>Nowy salon — Salon CRM</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Język programu</translation>
    </message>
    <message>
        <source>Salon name:</source>
        <translation>Nazwa salonu:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Powtórz hasło:</translation>
    </message>
    <message>
        <source>Create the salon</source>
        <translation>Utwórz salon</translation>
    </message>
    <message>
        <source>This is the first start. Name your salon and create the owner&apos;s account: the owner sets the salon up and adds the staff.</source>
        <translation>To pierwsze uruchomienie programu. Podaj nazwę salonu i utwórz konto właściciela: właściciel konfiguruje salon i dodaje pracowników.</translation>
    </message>
</context>
<context>
    <name>FlagIcons</name>
    <message>
        <source>VIP client</source>
        <translation>Klient VIP</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>Na czarnej liście</translation>
    </message>
    <message>
        <source>Child (linked to a parent)</source>
        <translation>Dziecko (powiązane z rodzicem)</translation>
    </message>
    <message>
        <source>Expired documents</source>
        <translation>Nieważne dokumenty</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergie</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Przeciwwskazania</translation>
    </message>
</context>
<context>
    <name>FormFillDialog</name>
    <message>
        <source>Fill a PDF form</source>
        <translation>Wypełnij formularz PDF</translation>
    </message>
    <message>
        <source>Empty in the client&apos;s record (printed blank):</source>
        <translation>Brak w ankiecie klienta (zostanie puste):</translation>
    </message>
    <message>
        <source>Save to the card</source>
        <translation>Zapisz w karcie</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Formularz:</translation>
    </message>
    <message>
        <source>The salon has no PDF forms yet: the owner uploads them in Settings.</source>
        <translation>Salon nie ma jeszcze formularzy PDF: właściciel wczytuje je w Ustawieniach.</translation>
    </message>
    <message>
        <source>{placeholder} (field {field})</source>
        <translation>{placeholder} (pole {field})</translation>
    </message>
</context>
<context>
    <name>FormsSection</name>
    <message>
        <source>Upload…</source>
        <translation>Wczytaj…</translation>
    </message>
    <message>
        <source>A fillable PDF (a bank&apos;s or an office&apos;s form) is filled for a client from the card. Say once which data goes into each field.</source>
        <translation>Wypełnialny PDF (formularz banku lub urzędu) wypełnia się dla klienta z karty. Wskaż raz, jakie dane trafiają do każdego pola.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formularz</translation>
    </message>
    <message>
        <source>Upload a fillable PDF or select a form.</source>
        <translation>Wczytaj wypełnialny PDF lub wybierz formularz.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zapisz przypisanie</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>A field left empty is printed blank, to fill in by hand.</source>
        <translation>Pole pozostawione puste drukuje się niewypełnione — do wpisania ręcznie.</translation>
    </message>
    <message>
        <source>PDF forms</source>
        <translation>Formularze PDF</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (wyłączony)</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Włącz</translation>
    </message>
    <message>
        <source>Upload a fillable PDF</source>
        <translation>Wczytaj wypełnialny PDF</translation>
    </message>
    <message>
        <source>PDF forms (*.pdf)</source>
        <translation>Formularze PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Nie można odczytać pliku: {reason}</translation>
    </message>
    <message>
        <source>The form “{name}” is uploaded: {mapped} of {count} fields are matched.</source>
        <translation>Formularz „{name}” wczytany: przypisano {mapped} z {count} pól.</translation>
    </message>
    <message>
        <source>The mapping of “{name}” is saved.</source>
        <translation>Przypisanie pól formularza „{name}” zapisane.</translation>
    </message>
    <message>
        <source>The form is renamed “{name}”.</source>
        <translation>Formularz ma teraz nazwę „{name}”.</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsForm</name>
    <message>
        <source>Money</source>
        <translation>Rozliczenia</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
    <message>
        <source>Prices, payments and client balances are counted in this currency. Until it is chosen here, the salon&apos;s country decides.</source>
        <translation>Ceny, płatności i salda klientów są liczone w tej walucie. Dopóki nie zostanie wybrana tutaj, decyduje o niej kraj salonu.</translation>
    </message>
    <message>
        <source>Client names</source>
        <translation>Imiona i nazwiska klientów</translation>
    </message>
    <message>
        <source>Last First Middle</source>
        <translation>Nazwisko Imię Drugie imię</translation>
    </message>
    <message>
        <source>First Middle Last</source>
        <translation>Imię Drugie imię Nazwisko</translation>
    </message>
    <message>
        <source>First Last</source>
        <translation>Imię Nazwisko</translation>
    </message>
    <message>
        <source>Display order:</source>
        <translation>Kolejność wyświetlania:</translation>
    </message>
    <message>
        <source>Lists, cards and documents show names in this order for everyone. The questionnaire always keeps the last, first and middle names apart.</source>
        <translation>Listy, karty i dokumenty pokazują imiona i nazwiska w tej kolejności wszystkim użytkownikom. Ankieta zawsze przechowuje nazwisko, imię i drugie imię osobno.</translation>
    </message>
    <message>
        <source>Interface language of this computer</source>
        <translation>Język interfejsu na tym komputerze</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Chosen for this computer only; other computers keep their own. The program switches at once.</source>
        <translation>Wybierany tylko dla tego komputera; inne komputery mają własny. Program przełącza się od razu.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>{code} — {name}</source>
        <translation>{code} — {name}</translation>
    </message>
    <message>
        <source>{code} ({symbol}) — {name}</source>
        <translation>{code} ({symbol}) — {name}</translation>
    </message>
    <message>
        <source>For example: {amount}</source>
        <translation>Na przykład: {amount}</translation>
    </message>
    <message>
        <source>The salon now counts in {currency}.</source>
        <translation>Salon rozlicza się teraz w walucie {currency}.</translation>
    </message>
    <message>
        <source>Kovalenko</source>
        <translation>Kowalska</translation>
    </message>
    <message>
        <source>Olena</source>
        <translation>Anna</translation>
    </message>
    <message>
        <source>Petrivna</source>
        <translation>Maria</translation>
    </message>
    <message>
        <source>For example: {name}</source>
        <translation>Na przykład: {name}</translation>
    </message>
    <message>
        <source>Names are now shown as “{order}”.</source>
        <translation>Imiona i nazwiska są teraz wyświetlane w kolejności „{order}”.</translation>
    </message>
</context>
<context>
    <name>HealthCardFeature</name>
    <message>
        <source>Cosmetology</source>
        <translation>Kosmetologia</translation>
    </message>
    <message>
        <source>Skin assessments</source>
        <translation>Oceny stanu skóry</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Pielęgnacja domowa</translation>
    </message>
    <message>
        <source>Face chart of the procedure on {date}</source>
        <translation>Schemat twarzy z zabiegu z {date}</translation>
    </message>
</context>
<context>
    <name>HealthConditions</name>
    <message>
        <source>Pregnancy</source>
        <translation>Ciąża</translation>
    </message>
    <message>
        <source>Breast-feeding</source>
        <translation>Karmienie piersią</translation>
    </message>
    <message>
        <source>Isotretinoin</source>
        <translation>Izotretynoina</translation>
    </message>
    <message>
        <source>Anticoagulants, aspirin</source>
        <translation>Leki przeciwzakrzepowe, aspiryna</translation>
    </message>
    <message>
        <source>Corticosteroids</source>
        <translation>Kortykosteroidy</translation>
    </message>
    <message>
        <source>Photosensitising drugs</source>
        <translation>Leki fotouczulające</translation>
    </message>
    <message>
        <source>Immunosuppressants</source>
        <translation>Leki immunosupresyjne</translation>
    </message>
    <message>
        <source>Pacemaker</source>
        <translation>Rozrusznik serca</translation>
    </message>
    <message>
        <source>Metal implants</source>
        <translation>Implanty metalowe</translation>
    </message>
    <message>
        <source>Fillers done elsewhere</source>
        <translation>Wypełniacze podane gdzie indziej</translation>
    </message>
    <message>
        <source>Threads done elsewhere</source>
        <translation>Nici założone gdzie indziej</translation>
    </message>
    <message>
        <source>Herpes, active now</source>
        <translation>Opryszczka, aktywna teraz</translation>
    </message>
    <message>
        <source>Herpes in the past</source>
        <translation>Opryszczka w przeszłości</translation>
    </message>
    <message>
        <source>Hepatitis</source>
        <translation>Zapalenie wątroby</translation>
    </message>
    <message>
        <source>HIV</source>
        <translation>HIV</translation>
    </message>
    <message>
        <source>Skin infection or inflammation</source>
        <translation>Infekcja lub stan zapalny skóry</translation>
    </message>
    <message>
        <source>Acute illness, fever</source>
        <translation>Ostra choroba, gorączka</translation>
    </message>
    <message>
        <source>Keloid scar tendency</source>
        <translation>Skłonność do bliznowców</translation>
    </message>
    <message>
        <source>Rosacea, couperose</source>
        <translation>Trądzik różowaty, kuperoza</translation>
    </message>
    <message>
        <source>Active acne</source>
        <translation>Aktywny trądzik</translation>
    </message>
    <message>
        <source>Psoriasis</source>
        <translation>Łuszczyca</translation>
    </message>
    <message>
        <source>Eczema, dermatitis</source>
        <translation>Egzema, zapalenie skóry</translation>
    </message>
    <message>
        <source>Epilepsy</source>
        <translation>Padaczka</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Cukrzyca</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Choroba autoimmunologiczna</translation>
    </message>
    <message>
        <source>Oncology</source>
        <translation>Choroba nowotworowa</translation>
    </message>
    <message>
        <source>Blood clotting disorder</source>
        <translation>Zaburzenia krzepnięcia krwi</translation>
    </message>
    <message>
        <source>Heart disease</source>
        <translation>Choroba serca</translation>
    </message>
    <message>
        <source>High blood pressure</source>
        <translation>Nadciśnienie</translation>
    </message>
    <message>
        <source>Thyroid disease</source>
        <translation>Choroba tarczycy</translation>
    </message>
    <message>
        <source>Neuromuscular disease (myasthenia)</source>
        <translation>Choroba nerwowo-mięśniowa (miastenia)</translation>
    </message>
    <message>
        <source>Fresh tan, solarium</source>
        <translation>Świeża opalenizna, solarium</translation>
    </message>
    <message>
        <source>Peel or laser in the last 2 weeks</source>
        <translation>Peeling lub laser w ostatnich 2 tygodniach</translation>
    </message>
    <message>
        <source>Pregnancy and breast-feeding</source>
        <translation>Ciąża i karmienie piersią</translation>
    </message>
    <message>
        <source>Risk medicines</source>
        <translation>Leki ryzyka</translation>
    </message>
    <message>
        <source>Implants and earlier procedures</source>
        <translation>Implanty i wcześniejsze zabiegi</translation>
    </message>
    <message>
        <source>Infections</source>
        <translation>Infekcje</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Choroby skóry</translation>
    </message>
    <message>
        <source>Chronic diseases</source>
        <translation>Choroby przewlekłe</translation>
    </message>
    <message>
        <source>Recently</source>
        <translation>Niedawno</translation>
    </message>
</context>
<context>
    <name>HealthFormDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Zapisz (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>HealthSubstances</name>
    <message>
        <source>Lidocaine</source>
        <translation>Lidokaina</translation>
    </message>
    <message>
        <source>Articaine</source>
        <translation>Artykaina</translation>
    </message>
    <message>
        <source>Benzocaine</source>
        <translation>Benzokaina</translation>
    </message>
    <message>
        <source>Latex</source>
        <translation>Lateks</translation>
    </message>
    <message>
        <source>Hyaluronidase</source>
        <translation>Hialuronidaza</translation>
    </message>
    <message>
        <source>Hyaluronic acid</source>
        <translation>Kwas hialuronowy</translation>
    </message>
    <message>
        <source>Botulinum toxin</source>
        <translation>Toksyna botulinowa</translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation>Albumina</translation>
    </message>
    <message>
        <source>Glycolic acid</source>
        <translation>Kwas glikolowy</translation>
    </message>
    <message>
        <source>Salicylic acid</source>
        <translation>Kwas salicylowy</translation>
    </message>
    <message>
        <source>Trichloroacetic acid</source>
        <translation>Kwas trichlorooctowy</translation>
    </message>
    <message>
        <source>Retinol, retinoids</source>
        <translation>Retinol, retinoidy</translation>
    </message>
    <message>
        <source>Vitamin C</source>
        <translation>Witamina C</translation>
    </message>
    <message>
        <source>Nickel</source>
        <translation>Nikiel</translation>
    </message>
    <message>
        <source>Fragrances</source>
        <translation>Substancje zapachowe</translation>
    </message>
    <message>
        <source>Parabens</source>
        <translation>Parabeny</translation>
    </message>
    <message>
        <source>Iodine</source>
        <translation>Jod</translation>
    </message>
    <message>
        <source>Chlorhexidine</source>
        <translation>Chlorheksydyna</translation>
    </message>
</context>
<context>
    <name>HomeCareDialog</name>
    <message>
        <source>Home care product</source>
        <translation>Produkt do pielęgnacji domowej</translation>
    </message>
    <message>
        <source>How the product worked</source>
        <translation>Jak działał produkt</translation>
    </message>
    <message>
        <source>Brand and name, e.g. a vitamin C serum</source>
        <translation>Marka i nazwa, np. serum z witaminą C</translation>
    </message>
    <message>
        <source>How and when, e.g. mornings</source>
        <translation>Jak i kiedy, np. rano</translation>
    </message>
    <message>
        <source>What changed, any irritation, whether to continue</source>
        <translation>Co się zmieniło, czy było podrażnienie, czy kontynuować</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Stosowanie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Efekt</translation>
    </message>
</context>
<context>
    <name>HomeCarePanel</name>
    <message>
        <source>Home care is seen only by specialists and the owner.</source>
        <translation>Pielęgnację domową widzą tylko specjaliści i właściciel.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Stosowanie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Efekt</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Dodaj produkt</translation>
    </message>
    <message>
        <source>Write the outcome</source>
        <translation>Zapisz efekt</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Calls due</source>
        <translation>Do zadzwonienia</translation>
    </message>
    <message>
        <source>No calls due today.</source>
        <translation>Na dziś nie zaplanowano telefonów.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Pora na kolejną wizytę</translation>
    </message>
    <message>
        <source>Nobody is due back after a procedure today.</source>
        <translation>Dziś nikt nie ma terminu kolejnej wizyty.</translation>
    </message>
    <message>
        <source>Birthdays today</source>
        <translation>Dzisiejsze urodziny</translation>
    </message>
    <message>
        <source>No birthdays today.</source>
        <translation>Dziś nikt nie obchodzi urodzin.</translation>
    </message>
    <message>
        <source>Name days today</source>
        <translation>Dzisiejsze imieniny</translation>
    </message>
    <message>
        <source>No name days today.</source>
        <translation>Dziś nikt nie obchodzi imienin.</translation>
    </message>
    <message>
        <source>Documents expiring within 30 days</source>
        <translation>Dokumenty tracące ważność w ciągu 30 dni</translation>
    </message>
    <message>
        <source>No documents expire in the next 30 days.</source>
        <translation>W ciągu najbliższych 30 dni żaden dokument nie traci ważności.</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Ostatnio otwierane</translation>
    </message>
    <message>
        <source>No clients opened yet on this computer.</source>
        <translation>Na tym komputerze nie otwierano jeszcze kart klientów.</translation>
    </message>
    <message>
        <source>Call made</source>
        <translation>Odnotuj telefon</translation>
    </message>
    <message>
        <source>The call to the selected client happened: plan the next one (Space)</source>
        <translation>Rozmowa z wybranym klientem odbyła się: zaplanuj następną (Spacja)</translation>
    </message>
    <message>
        <source>Today: {date}</source>
        <translation>Dziś: {date}</translation>
    </message>
    <message>
        <source>Today&apos;s lists could not be loaded: {error}</source>
        <translation>Nie udało się wczytać dzisiejszych list: {error}</translation>
    </message>
    <message>
        <source>{document}, until {date}</source>
        <translation>{document}, do {date}</translation>
    </message>
    <message>
        <source>turns {age}</source>
        <translation>{age}. urodziny</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr {number}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <source>due since {date}</source>
        <translation>zaległy od {date}</translation>
    </message>
    <message>
        <source>The call could not be marked: {error}</source>
        <translation>Nie udało się odnotować telefonu: {error}</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Przetwarzanie…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} z {total}</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this work will be kept.</source>
        <translation>Anulowanie… żadne wyniki tej operacji nie zostaną zapisane.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Something unexpected happened; the details are written in the log.</source>
        <translation>Wystąpił nieoczekiwany błąd; szczegóły zapisano w dzienniku.</translation>
    </message>
</context>
<context>
    <name>ListChoice</name>
    <message>
        <source>— not set —</source>
        <translation>— nie ustawiono —</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>Or double-click the item, or press F2</source>
        <translation>Możesz też dwukrotnie kliknąć pozycję lub nacisnąć F2</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Delete key. Clients keep it; forms stop offering it.</source>
        <translation>Klawisz Delete. Klienci zachowują tę pozycję; formularze przestają ją proponować.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Pokaż ukryte</translation>
    </message>
    <message>
        <source>Hidden: clients keep it, forms do not offer it.</source>
        <translation>Ukryta: klienci ją zachowują, formularze jej nie proponują.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Pokaż ponownie</translation>
    </message>
    <message>
        <source>“{name}” is added to “{list}”.</source>
        <translation>Dodano „{name}” do listy „{list}”.</translation>
    </message>
    <message>
        <source>Renamed to “{name}”.</source>
        <translation>Zmieniono nazwę na „{name}”.</translation>
    </message>
    <message>
        <source>“{name}” is hidden: clients who have it keep it, forms no longer offer it. Tick “Show hidden” to bring it back.</source>
        <translation>Pozycja „{name}” została ukryta: klienci, którzy ją mają, zachowują ją, ale formularze już jej nie proponują. Zaznacz „Pokaż ukryte”, aby ją przywrócić.</translation>
    </message>
    <message>
        <source>“{name}” is offered again.</source>
        <translation>Pozycja „{name}” jest znów proponowana w formularzach.</translation>
    </message>
</context>
<context>
    <name>ListsSection</name>
    <message>
        <source>New group…</source>
        <translation>Nowa grupa…</translation>
    </message>
    <message>
        <source>Client groups</source>
        <translation>Grupy klientów</translation>
    </message>
    <message>
        <source>Where clients come from</source>
        <translation>Skąd przychodzą klienci</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Nowe źródło…</translation>
    </message>
    <message>
        <source>Client categories</source>
        <translation>Kategorie klientów</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Nowa kategoria…</translation>
    </message>
    <message>
        <source>Nothing here is ever deleted: clients keep the items they have. Hide an item (Delete key) to stop offering it; “Show hidden” brings it back. Drag items or use Up and Down to set the order forms show.</source>
        <translation>Nic tutaj nie jest nigdy usuwane: klienci zachowują przypisane im pozycje. Ukryj pozycję (klawisz Delete), aby przestała być proponowana; „Pokaż ukryte” ją przywraca. Przeciągaj pozycje lub używaj przycisków „W górę” i „W dół”, aby ustalić kolejność w formularzach.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listy</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Salon CRM</source>
        <translation>Logowanie — Salon CRM</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Użytkownik:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Welcome! Log in to start work.</source>
        <translation>Witamy! Zaloguj się, aby rozpocząć pracę.</translation>
    </message>
    <message>
        <source>Locked by {name}. Type the password to go on, or log in as someone else.</source>
        <translation>Zablokowano przez: {name}. Wpisz hasło, aby kontynuować, lub zaloguj się jako inna osoba.</translation>
    </message>
    <message>
        <source>Wrong login or password. Check the keyboard layout and Caps Lock.</source>
        <translation>Nieprawidłowy login lub hasło. Sprawdź układ klawiatury i klawisz Caps Lock.</translation>
    </message>
</context>
<context>
    <name>LotRecallDialog</name>
    <message>
        <source>Lot recall</source>
        <translation>Wycofanie partii</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Mark this lot recalled…</source>
        <translation>Oznacz partię jako wycofaną…</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Kopiuj listę</translation>
    </message>
    <message>
        <source>As a table to paste into a spreadsheet (Ctrl+Shift+C)</source>
        <translation>Jako tabelę do wklejenia do arkusza (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Preparat:</translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation>Partia:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>do:</translation>
    </message>
    <message>
        <source>{product} ({manufacturer})</source>
        <translation>{product} ({manufacturer})</translation>
    </message>
    <message>
        <source>Any lot</source>
        <translation>Dowolna partia</translation>
    </message>
    <message>
        <source>{lot}, recalled {date}</source>
        <translation>{lot}, wycofana {date}</translation>
    </message>
    <message>
        <source>{lot}, until {date}</source>
        <translation>{lot}, ważna do {date}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <source>Procedures: {procedures}, clients: {clients}</source>
        <translation>Zabiegi: {procedures}, klienci: {clients}</translation>
    </message>
    <message>
        <source>Nobody received it in these days.</source>
        <translation>W tych dniach nikt jej nie otrzymał.</translation>
    </message>
    <message>
        <source>{count} lines are copied: paste them into a spreadsheet.</source>
        <translation>Skopiowane wiersze: {count}. Wklej je do arkusza.</translation>
    </message>
    <message>
        <source>Lot {lot} is marked recalled; the cards of these clients say so.</source>
        <translation>Partia {lot} jest oznaczona jako wycofana; karty tych klientów o tym informują.</translation>
    </message>
</context>
<context>
    <name>LotRecallModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Preparat</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Partia</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>Fill in a questionnaire for a new client (Ctrl+N)</source>
        <translation>Wypełnij ankietę nowego klienta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Znajdź klienta</translation>
    </message>
    <message>
        <source>About Salon CRM</source>
        <translation>O programie Salon CRM</translation>
    </message>
    <message>
        <source>New procedure…</source>
        <translation>Nowy zabieg…</translation>
    </message>
    <message>
        <source>Record a procedure for the client on the card (Ctrl+Shift+P)</source>
        <translation>Zapisz zabieg klienta z karty (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>New skin assessment…</source>
        <translation>Nowa ocena skóry…</translation>
    </message>
    <message>
        <source>Assess the skin of the client on the card (Ctrl+Shift+K)</source>
        <translation>Oceń skórę klienta z karty (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>Zrób zdjęcie…</translation>
    </message>
    <message>
        <source>Take the photo of the client on the card with the camera (Ctrl+Shift+O)</source>
        <translation>Zrób kamerą zdjęcie klienta z karty (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Clinical photo…</source>
        <translation>Zdjęcie kliniczne…</translation>
    </message>
    <message>
        <source>A photo of a zone of the client on the card, before or after (Ctrl+Shift+B)</source>
        <translation>Zdjęcie strefy klienta z karty — przed lub po (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Lot recall…</source>
        <translation>Wycofanie partii…</translation>
    </message>
    <message>
        <source>Who received a product&apos;s lot, with their contacts (Ctrl+Shift+T)</source>
        <translation>Kto otrzymał partię preparatu, z danymi kontaktowymi (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Procedures</source>
        <translation>&amp;Zabiegi</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>U&amp;stawienia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moc</translation>
    </message>
    <message>
        <source>{salon} — {user} — Salon CRM</source>
        <translation>{salon} — {user} — Salon CRM</translation>
    </message>
    <message>
        <source>{user} — Salon CRM</source>
        <translation>{user} — Salon CRM</translation>
    </message>
    <message>
        <source>&lt;b&gt;Salon CRM&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Data folder:&lt;br&gt;{folder}</source>
        <translation>&lt;b&gt;Salon CRM&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Folder danych:&lt;br&gt;{folder}</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>właściciel</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>specjalista</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Find a client: name, phone, e-mail, number… (Ctrl+F)</source>
        <translation>Znajdź klienta: nazwisko, telefon, e-mail, numer… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>The client card is not available yet.</source>
        <translation>Karta klienta nie jest jeszcze dostępna.</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Użytkownik: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>MarkerEditor</name>
    <message>
        <source>e.g. 0.1 ml or 4 U</source>
        <translation>np. 0,1 ml lub 4 j.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Preparat</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dawka</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Głębokość</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>{kind} {number}</source>
        <translation>{kind} nr {number}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
</context>
<context>
    <name>MarkupToolbar</name>
    <message>
        <source>Heading</source>
        <translation>Nagłówek</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Pogrubienie</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursywa</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Client signs</source>
        <translation>Podpis klienta</translation>
    </message>
    <message>
        <source>Employee signs</source>
        <translation>Podpis pracownika</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another card</source>
        <translation>Scal z inną kartą</translation>
    </message>
    <message>
        <source>Merge a duplicate into No. {number} {name}</source>
        <translation>Scal duplikat z kartą nr {number} {name}</translation>
    </message>
    <message>
        <source>Find the other card of the same client: by name, phone, e-mail or card.</source>
        <translation>Znajdź drugą kartę tego samego klienta: po imieniu i nazwisku, telefonie, e-mailu lub numerze karty.</translation>
    </message>
    <message>
        <source>Name, phone, e-mail or card number</source>
        <translation>Imię i nazwisko, telefon, e-mail lub numer karty</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message>
        <source>No other card matches “{text}”.</source>
        <translation>Żadna inna karta nie pasuje do „{text}”.</translation>
    </message>
    <message>
        <source>Pick the duplicate in the list above.</source>
        <translation>Wybierz duplikat z listy powyżej.</translation>
    </message>
    <message>
        <source>Where the cards differ, choose the value to keep:</source>
        <translation>Tam, gdzie karty się różnią, wybierz wartość do zachowania:</translation>
    </message>
    <message>
        <source>The single values of both cards are the same; nothing to choose.</source>
        <translation>Wartości pól w obu kartach są takie same; nie ma czego wybierać.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>This card, No. {number}</source>
        <translation>Ta karta, nr {number}</translation>
    </message>
    <message>
        <source>Duplicate, No. {number}</source>
        <translation>Duplikat, nr {number}</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>telefony</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>adresy e-mail</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adresy</translation>
    </message>
    <message>
        <source>social profiles</source>
        <translation>profile społecznościowe</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>grupy</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>zgody</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>dokumenty</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>osoby kontaktowe</translation>
    </message>
    <message>
        <source>children</source>
        <translation>dzieci</translation>
    </message>
    <message>
        <source>Phones, e-mails, addresses, profiles, tags, consents, documents, contact persons, children and the history of the duplicate move to this card (the same entries are not doubled). The duplicate No. {number} is archived as merged into this card.</source>
        <translation>Telefony, adresy e-mail, adresy, profile, grupy, zgody, dokumenty, osoby kontaktowe, dzieci oraz historia duplikatu zostaną przeniesione do tej karty (identyczne wpisy nie są powielane). Duplikat nr {number} trafi do archiwum jako scalony z tą kartą.</translation>
    </message>
    <message>
        <source>The duplicate has {items}.</source>
        <translation>Duplikat zawiera: {items}.</translation>
    </message>
    <message>
        <source>Merge the cards</source>
        <translation>Scal karty</translation>
    </message>
    <message>
        <source>Merge No. {duplicate} into No. {survivor}? The duplicate stays in the archive as merged; the merge itself cannot be undone.</source>
        <translation>Scalić kartę nr {duplicate} z kartą nr {survivor}? Duplikat pozostanie w archiwum jako scalony; samego scalenia nie można cofnąć.</translation>
    </message>
</context>
<context>
    <name>MissingFields</name>
    <message>
        <source>Values this document lacks</source>
        <translation>Brakuje w dokumencie</translation>
    </message>
    <message>
        <source>The record has every value this document uses.</source>
        <translation>Dane klienta zawierają wszystkie wartości potrzebne w tym dokumencie.</translation>
    </message>
    <message>
        <source>The salon&apos;s values come from Settings ▸ Salon requisites, where the owner fills them in; typed here, they go into this document only.</source>
        <translation>Dane salonu pochodzą z Ustawienia ▸ Dane firmy, gdzie wpisuje je właściciel; wpisane tutaj trafią tylko do tego dokumentu.</translation>
    </message>
    <message>
        <source>Save to the questionnaire</source>
        <translation>Zapisz w ankiecie</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <source>New document template</source>
        <translation>Nowy szablon dokumentu</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Nowy użytkownik</translation>
    </message>
    <message>
        <source>Latin letters and digits, e.g. olena</source>
        <translation>Litery łacińskie i cyfry, np. anna</translation>
    </message>
    <message>
        <source>At least {limit} characters</source>
        <translation>Minimalna liczba znaków: {limit}</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Powtórz hasło:</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Utwórz użytkownika</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>The new user logs in with this login and password; tell them the password in person. The role decides what they may see and change.</source>
        <translation>Nowy użytkownik loguje się tym loginem i hasłem; przekaż mu hasło osobiście. Rola określa, co może przeglądać i zmieniać.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation>Przyjmij płatność</translation>
    </message>
    <message>
        <source>Cash, card…</source>
        <translation>Gotówka, karta…</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Kwota:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Uwagi:</translation>
    </message>
</context>
<context>
    <name>PdfFormProblems</name>
    <message>
        <source>This PDF has no fillable text fields. Upload a fillable (AcroForm) version of it.</source>
        <translation>Ten PDF nie ma wypełnialnych pól tekstowych. Wczytaj jego wypełnialną wersję (AcroForm).</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF: it is damaged or not a PDF.</source>
        <translation>Tego pliku nie można odczytać jako PDF: jest uszkodzony lub to nie PDF.</translation>
    </message>
    <message>
        <source>This PDF opens only with a password. Save a copy without the password and upload it.</source>
        <translation>Ten PDF otwiera się tylko z hasłem. Zapisz kopię bez hasła i wczytaj ją.</translation>
    </message>
    <message>
        <source>The form has no field {fields}. Check the form&apos;s mapping.</source>
        <translation>Formularz nie ma pola {fields}. Sprawdź przypisanie pól.</translation>
    </message>
</context>
<context>
    <name>PdfSaving</name>
    <message>
        <source>There is no room left on the disk for {path}. Free some space or choose another disk.</source>
        <translation>Na dysku brakuje miejsca na {path}. Zwolnij miejsce lub wybierz inny dysk.</translation>
    </message>
    <message>
        <source>The program may not write to {path}. Choose another folder.</source>
        <translation>Program nie może zapisywać w {path}. Wybierz inny folder.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation>Folder dla {path} nie istnieje.</translation>
    </message>
    <message>
        <source>The file could not be saved to {path}.</source>
        <translation>Nie udało się zapisać pliku w {path}.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Poprzednia</translation>
    </message>
    <message>
        <source>The previous page (Ctrl+PgUp)</source>
        <translation>Poprzednia strona (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Następna ▶</translation>
    </message>
    <message>
        <source>The next page (Ctrl+PgDown)</source>
        <translation>Następna strona (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Do szerokości</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <source>The file cannot be shown: it is not a readable PDF.</source>
        <translation>Nie można wyświetlić pliku: to nie jest czytelny PDF.</translation>
    </message>
</context>
<context>
    <name>PdfViewerDialog</name>
    <message>
        <source>Checked against the file&apos;s SHA-256 in the registry</source>
        <translation>Sprawdzono według sumy kontrolnej SHA-256 pliku w rejestrze</translation>
    </message>
    <message>
        <source>This is the document as it was saved: the file has not been changed.</source>
        <translation>To dokument w postaci, w jakiej został zapisany: plik nie był zmieniany.</translation>
    </message>
    <message>
        <source>This file has been changed since it was saved: it is not the document as it was made and signed.</source>
        <translation>Plik zmieniono po zapisaniu: to nie jest dokument w postaci, w jakiej go sporządzono i podpisano.</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Main phone</source>
        <translation>Telefon główny</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Rodzaj telefonu</translation>
    </message>
    <message>
        <source>Phone note</source>
        <translation>Notatka do telefonu</translation>
    </message>
    <message>
        <source>e.g. husband&apos;s phone</source>
        <translation>np. telefon męża</translation>
    </message>
</context>
<context>
    <name>PhotoCompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Porównanie zdjęć</translation>
    </message>
</context>
<context>
    <name>PhotoCompareView</name>
    <message>
        <source>Side by side</source>
        <translation>Obok siebie</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Suwak</translation>
    </message>
    <message>
        <source>One photo over the other: drag the divider or press ← and → to wipe</source>
        <translation>Jedno zdjęcie na drugim: przeciągnij linię podziału lub naciskaj ← i →</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Dopasuj</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Save both photos side by side as one picture</source>
        <translation>Zapisz oba zdjęcia obok siebie jako jeden obraz</translation>
    </message>
    <message>
        <source>A picture can be saved as JPEG (.jpg) or PNG (.png) only.</source>
        <translation>Obraz można zapisać tylko jako JPEG (.jpg) lub PNG (.png).</translation>
    </message>
    <message>
        <source>The picture could not be saved to {path}.</source>
        <translation>Nie udało się zapisać obrazu w {path}.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Eksport porównania</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>porównanie</translation>
    </message>
    <message>
        <source>JPEG picture (*.jpg *.jpeg);;PNG picture (*.png)</source>
        <translation>Obraz JPEG (*.jpg *.jpeg);;Obraz PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message>
        <source>Clinical photo</source>
        <translation>Zdjęcie kliniczne</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Inna…</translation>
    </message>
    <message>
        <source>e.g. neck, hands, décolleté</source>
        <translation>np. szyja, dłonie, dekolt</translation>
    </message>
    <message>
        <source>No procedure</source>
        <translation>Bez zabiegu</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Strefa</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>Nazwa strefy</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Name the zone</source>
        <translation>Nazwij strefę</translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <source>Choose a photo</source>
        <translation>Wybierz zdjęcie</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.heic *.heif)</source>
        <translation>Zdjęcia (*.png *.jpg *.jpeg *.heic *.heif)</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Porównaj</translation>
    </message>
    <message>
        <source>Pick two photos (Ctrl+click) to compare them</source>
        <translation>Wybierz dwa zdjęcia (Ctrl+klik), aby je porównać</translation>
    </message>
    <message>
        <source>Compare before/after</source>
        <translation>Porównaj przed/po</translation>
    </message>
    <message>
        <source>For advertising</source>
        <translation>Do reklamy</translation>
    </message>
    <message>
        <source>The photo may be used in the salon&apos;s advertising</source>
        <translation>Zdjęcie może być użyte w reklamie salonu</translation>
    </message>
    <message>
        <source>Make profile photo</source>
        <translation>Ustaw jako zdjęcie profilowe</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Kind, zone, procedure…</source>
        <translation>Rodzaj, strefa, zabieg…</translation>
    </message>
    <message>
        <source>Correct what the photo shows</source>
        <translation>Popraw, co przedstawia zdjęcie</translation>
    </message>
    <message>
        <source>Opening the photos…</source>
        <translation>Otwieranie zdjęć…</translation>
    </message>
    <message>
        <source>No photos of this client yet. Take one with the camera or import a picture file with the buttons above.</source>
        <translation>Ten klient nie ma jeszcze zdjęć. Zrób zdjęcie kamerą lub zaimportuj plik obrazu przyciskami powyżej.</translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation>Zdjęcia profilowe</translation>
    </message>
    <message>
        <source>{day} — no procedure</source>
        <translation>{day} — bez zabiegu</translation>
    </message>
    <message>
        <source>{day} — {procedure}</source>
        <translation>{day} — {procedure}</translation>
    </message>
    <message>
        <source>Compare {before} with {after}</source>
        <translation>Porównaj {before} z {after}</translation>
    </message>
    <message>
        <source>These photos show different zones: the comparison may mislead.</source>
        <translation>Te zdjęcia przedstawiają różne strefy: porównanie może wprowadzać w błąd.</translation>
    </message>
    <message>
        <source>Ctrl+click (or Ctrl+Space) a second photo to compare the two.</source>
        <translation>Kliknij drugie zdjęcie z Ctrl (lub Ctrl+spacja), aby je porównać.</translation>
    </message>
    <message>
        <source>Remove the photo “{photo}” from the card? It is hidden, not destroyed: the salon&apos;s records keep it.</source>
        <translation>Usunąć zdjęcie „{photo}” z karty? Zostanie ukryte, nie zniszczone: pozostanie w dokumentacji salonu.</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Usuń zdjęcie</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
</context>
<context>
    <name>PhotoLabels</name>
    <message>
        <source>Profile</source>
        <translation>Zdjęcie profilowe</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>Kliniczne</translation>
    </message>
    <message>
        <source>Other zone</source>
        <translation>Inna strefa</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Z przodu</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lewa strona</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Prawa strona</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Z góry</translation>
    </message>
</context>
<context>
    <name>PhotoProblems</name>
    <message>
        <source>The file is larger than {limit_mb} MB. Choose a smaller photo.</source>
        <translation>Plik jest większy niż {limit_mb} MB. Wybierz mniejsze zdjęcie.</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or HEIC photo.</source>
        <translation>Ten plik nie jest zdjęciem PNG, JPEG ani HEIC.</translation>
    </message>
    <message>
        <source>The image has more than {limit} million pixels: too many to open safely. Make it smaller in a photo editor first.</source>
        <translation>Obraz ma ponad {limit} mln pikseli — za dużo, by bezpiecznie go otworzyć. Najpierw zmniejsz go w edytorze zdjęć.</translation>
    </message>
    <message>
        <source>The file is damaged or was not copied completely. Copy it again and retry.</source>
        <translation>Plik jest uszkodzony lub nie został skopiowany w całości. Skopiuj go ponownie i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>The image is {width}×{height} pixels; a photo must be at least {min_width}×{min_height}.</source>
        <translation>Obraz ma {width}×{height} pikseli, a zdjęcie musi mieć co najmniej {min_width}×{min_height}.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and is not open elsewhere.</source>
        <translation>Nie można odczytać pliku. Sprawdź, czy istnieje i nie jest otwarty w innym programie.</translation>
    </message>
</context>
<context>
    <name>PhotoTaking</name>
    <message>
        <source>Photo not saved</source>
        <translation>Zdjęcie nie zostało zapisane</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <source>Marked for advertising</source>
        <translation>Oznaczone do reklamy</translation>
    </message>
    <message>
        <source>Marked for advertising, but the consent has been withdrawn</source>
        <translation>Oznaczone do reklamy, ale zgoda została wycofana</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Bieżące</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Brak obrazu</translation>
    </message>
</context>
<context>
    <name>PhotosCardFeature</name>
    <message>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>Take photo…</source>
        <translation>Zrób zdjęcie…</translation>
    </message>
    <message>
        <source>Take the client&apos;s photo with the camera</source>
        <translation>Zrób zdjęcie klienta kamerą</translation>
    </message>
    <message>
        <source>Clinical photo…</source>
        <translation>Zdjęcie kliniczne…</translation>
    </message>
    <message>
        <source>A photo of a zone before or after a procedure (Ctrl+Shift+B)</source>
        <translation>Zdjęcie strefy przed zabiegiem lub po nim (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Z pliku…</translation>
    </message>
    <message>
        <source>Clinical photo</source>
        <translation>Zdjęcie kliniczne</translation>
    </message>
    <message>
        <source>Consent to clinical photos</source>
        <translation>Zgoda na zdjęcia kliniczne</translation>
    </message>
    <message>
        <source>{name} has not consented to clinical photos (or has withdrawn it). Record the consent as of today?

Do it only when the client has signed it.</source>
        <translation>{name} nie wyraził(a) zgody na zdjęcia kliniczne (lub ją wycofał(a)). Zapisać zgodę od dziś?

Zrób to tylko wtedy, gdy klient ją podpisał.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPicker</name>
    <message>
        <source>Find a placeholder</source>
        <translation>Znajdź pole do wstawienia</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pola dodatkowe</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Dowód osobisty</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Enter or a double click puts it into the text</source>
        <translation>Enter lub dwuklik wstawia pole do tekstu</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Client: number</source>
        <translation>Klient: numer</translation>
    </message>
    <message>
        <source>Client: full name</source>
        <translation>Klient: imię i nazwisko</translation>
    </message>
    <message>
        <source>Client: last name</source>
        <translation>Klient: nazwisko</translation>
    </message>
    <message>
        <source>Client: first name</source>
        <translation>Klient: imię</translation>
    </message>
    <message>
        <source>Client: middle name (patronymic)</source>
        <translation>Klient: drugie imię (imię ojca)</translation>
    </message>
    <message>
        <source>Client: date of birth</source>
        <translation>Klient: data urodzenia</translation>
    </message>
    <message>
        <source>Client: main phone</source>
        <translation>Klient: główny telefon</translation>
    </message>
    <message>
        <source>Client: e-mail</source>
        <translation>Klient: e-mail</translation>
    </message>
    <message>
        <source>Client: home address</source>
        <translation>Klient: adres zamieszkania</translation>
    </message>
    <message>
        <source>Client: passport series</source>
        <translation>Klient: seria dowodu</translation>
    </message>
    <message>
        <source>Client: passport number</source>
        <translation>Klient: numer dowodu</translation>
    </message>
    <message>
        <source>Client: passport issued by</source>
        <translation>Klient: dowód wydany przez</translation>
    </message>
    <message>
        <source>Client: passport issued on</source>
        <translation>Klient: data wydania dowodu</translation>
    </message>
    <message>
        <source>Client: registration address (passport)</source>
        <translation>Klient: adres zameldowania (dowód)</translation>
    </message>
    <message>
        <source>Salon: name</source>
        <translation>Salon: nazwa</translation>
    </message>
    <message>
        <source>Salon: legal name</source>
        <translation>Salon: nazwa prawna</translation>
    </message>
    <message>
        <source>Salon: legal address</source>
        <translation>Salon: adres siedziby</translation>
    </message>
    <message>
        <source>Salon: address</source>
        <translation>Salon: adres</translation>
    </message>
    <message>
        <source>Salon: phone</source>
        <translation>Salon: telefon</translation>
    </message>
    <message>
        <source>Salon: e-mail</source>
        <translation>Salon: e-mail</translation>
    </message>
    <message>
        <source>Salon: registration number</source>
        <translation>Salon: numer rejestrowy</translation>
    </message>
    <message>
        <source>Salon: tax number</source>
        <translation>Salon: numer podatkowy</translation>
    </message>
    <message>
        <source>Salon: bank</source>
        <translation>Salon: bank</translation>
    </message>
    <message>
        <source>Salon: bank account (IBAN)</source>
        <translation>Salon: rachunek bankowy (IBAN)</translation>
    </message>
    <message>
        <source>Salon: bank code</source>
        <translation>Salon: kod banku</translation>
    </message>
    <message>
        <source>Salon: signatory</source>
        <translation>Salon: osoba podpisująca</translation>
    </message>
    <message>
        <source>Salon: signatory&apos;s position</source>
        <translation>Salon: stanowisko osoby podpisującej</translation>
    </message>
    <message>
        <source>Employee: full name</source>
        <translation>Pracownik: imię i nazwisko</translation>
    </message>
    <message>
        <source>Document: number</source>
        <translation>Dokument: numer</translation>
    </message>
    <message>
        <source>Document: date (12 March 2026)</source>
        <translation>Dokument: data (12 marca 2026)</translation>
    </message>
    <message>
        <source>Today (dd.mm.yyyy)</source>
        <translation>Dziś (dd.mm.rrrr)</translation>
    </message>
    <message>
        <source>Procedure: name</source>
        <translation>Zabieg: nazwa</translation>
    </message>
    <message>
        <source>Procedure: date</source>
        <translation>Zabieg: data</translation>
    </message>
    <message>
        <source>Procedure: price</source>
        <translation>Zabieg: cena</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>Questionnaire</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <source>Cosmetology record</source>
        <translation>Karta kosmetologiczna</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <source>Printed on {date} by {user}</source>
        <translation>Wydrukowano {date}, {user}</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Brak wpisów</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Wiek</translation>
    </message>
    <message>
        <source>Client questionnaire</source>
        <translation>Ankieta klienta</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Dokumenty tożsamości</translation>
    </message>
    <message>
        <source>given on {date}</source>
        <translation>udzielona {date}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>ważna do {date}</translation>
    </message>
    <message>
        <source>document {number}</source>
        <translation>dokument {number}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>Cosmetology record</source>
        <translation>Karta kosmetologiczna</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>Alergie i przeciwwskazania</translation>
    </message>
    <message>
        <source>No allergies or contraindications recorded</source>
        <translation>Nie odnotowano alergii ani przeciwwskazań</translation>
    </message>
    <message>
        <source>Anamnesis</source>
        <translation>Wywiad</translation>
    </message>
    <message>
        <source>Version {version}, signed on {date} by {user}</source>
        <translation>Wersja {version}, podpisana {date}, {user}</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Schorzenia</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>od {date}</translation>
    </message>
    <message>
        <source>{date}, {specialist}</source>
        <translation>{date}, {specialist}</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Typ skóry</translation>
    </message>
    <message>
        <source>Baumann type</source>
        <translation>Typ wg Baumann</translation>
    </message>
    <message>
        <source>Wrinkle type</source>
        <translation>Typ zmarszczek</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Zabiegi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Procedure, zones and notes</source>
        <translation>Zabieg, strefy i uwagi</translation>
    </message>
    <message>
        <source>Preparations: lot, expiry</source>
        <translation>Preparaty: seria, ważność</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>RECALLED on {date}</source>
        <translation>WYCOFANA {date}</translation>
    </message>
    <message>
        <source>Reaction: {text}</source>
        <translation>Reakcja: {text}</translation>
    </message>
    <message>
        <source>Result: {text}</source>
        <translation>Efekt: {text}</translation>
    </message>
</context>
<context>
    <name>ProcedureCatalogue</name>
    <message>
        <source>Care and cleansing</source>
        <translation>Pielęgnacja i oczyszczanie</translation>
    </message>
    <message>
        <source>Peels</source>
        <translation>Peelingi</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>Iniekcje</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Zabiegi aparaturowe</translation>
    </message>
    <message>
        <source>Laser and light</source>
        <translation>Laser i światło</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Masaż</translation>
    </message>
    <message>
        <source>Facial cleansing</source>
        <translation>Oczyszczanie twarzy</translation>
    </message>
    <message>
        <source>Chemical peel</source>
        <translation>Peeling chemiczny</translation>
    </message>
    <message>
        <source>Microneedling</source>
        <translation>Mikroigłowanie</translation>
    </message>
    <message>
        <source>Mesotherapy</source>
        <translation>Mezoterapia</translation>
    </message>
    <message>
        <source>Biorevitalization</source>
        <translation>Biorewitalizacja</translation>
    </message>
    <message>
        <source>Botulinum toxin injections</source>
        <translation>Iniekcje toksyny botulinowej</translation>
    </message>
    <message>
        <source>Hyaluronic acid fillers</source>
        <translation>Wypełniacze z kwasem hialuronowym</translation>
    </message>
    <message>
        <source>Laser hair removal</source>
        <translation>Depilacja laserowa</translation>
    </message>
    <message>
        <source>IPL photorejuvenation</source>
        <translation>Fotoodmładzanie IPL</translation>
    </message>
    <message>
        <source>RF lifting</source>
        <translation>Lifting RF</translation>
    </message>
    <message>
        <source>Microcurrent therapy</source>
        <translation>Mikroprądy</translation>
    </message>
    <message>
        <source>Facial massage</source>
        <translation>Masaż twarzy</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>New procedure: {name}</source>
        <translation>Nowy zabieg: {name}</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Face chart</source>
        <translation>Schemat twarzy</translation>
    </message>
    <message>
        <source>Result and care</source>
        <translation>Efekt i pielęgnacja</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save the procedure (Ctrl+S)</source>
        <translation>Zapisz zabieg (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Zamknij bez zapisywania (Esc)</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Data i godzina:</translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation>Specjalista:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Zabieg:</translation>
    </message>
    <message>
        <source>Forehead, glabella, crow&apos;s feet…</source>
        <translation>Czoło, lwia zmarszczka, kurze łapki…</translation>
    </message>
    <message>
        <source>Filled in from the face chart until you type here</source>
        <translation>Wypełniane ze schematu twarzy, dopóki nie wpiszesz własnego</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Strefy:</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Następna wizyta:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Cena:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Rabat:</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>Do zapłaty:</translation>
    </message>
    <message>
        <source>Paid now:</source>
        <translation>Zapłacono teraz:</translation>
    </message>
    <message>
        <source>Products used</source>
        <translation>Użyte produkty</translation>
    </message>
    <message>
        <source>Type to find a procedure</source>
        <translation>Zacznij pisać nazwę zabiegu</translation>
    </message>
    <message>
        <source>Device parameters:</source>
        <translation>Parametry urządzenia:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Efekt:</translation>
    </message>
    <message>
        <source>Reaction:</source>
        <translation>Reakcja:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Zalecenia:</translation>
    </message>
    <message>
        <source>Home care:</source>
        <translation>Pielęgnacja domowa:</translation>
    </message>
    <message>
        <source>{category} · {minutes} min · {price}</source>
        <translation>{category} · {minutes} min · {price}</translation>
    </message>
    <message>
        <source>This lot cannot be used.</source>
        <translation>Tej partii nie można użyć.</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>Nowy zabieg</translation>
    </message>
</context>
<context>
    <name>ProcedureTexts</name>
    <message>
        <source>Debt {amount}</source>
        <translation>Dług {amount}</translation>
    </message>
    <message>
        <source>Credit {amount}</source>
        <translation>Nadpłata {amount}</translation>
    </message>
    <message>
        <source>Balance: {balance}</source>
        <translation>Saldo: {balance}</translation>
    </message>
</context>
<context>
    <name>ProceduresEditor</name>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>W użyciu</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>Nowy zabieg</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategoria:</translation>
    </message>
    <message>
        <source>Duration, price:</source>
        <translation>Czas, cena:</translation>
    </message>
    <message>
        <source>A blocking condition in the client&apos;s anamnesis needs a written reason to go ahead; a warning is shown and passed.</source>
        <translation>Stan blokujący w wywiadzie klienta wymaga pisemnego uzasadnienia, by kontynuować; ostrzeżenie jest tylko pokazywane.</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Zabiegi</translation>
    </message>
    <message>
        <source>Left empty, it keeps the catalogue&apos;s name in every language</source>
        <translation>Pozostawione puste zachowa nazwę z katalogu we wszystkich językach</translation>
    </message>
</context>
<context>
    <name>ProceduresFeature</name>
    <message>
        <source>Procedures</source>
        <translation>Zabiegi</translation>
    </message>
    <message>
        <source>Recalled lot {lot} of {product}, used on {date}</source>
        <translation>Wycofana partia {lot} produktu {product}, użyta {date}</translation>
    </message>
</context>
<context>
    <name>ProceduresTab</name>
    <message>
        <source>New procedure</source>
        <translation>Nowy zabieg</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>Przyjmij płatność…</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a procedure.</source>
        <translation>Kliknij dwukrotnie lub naciśnij Enter, aby otworzyć zabieg.</translation>
    </message>
    <message>
        <source>No procedures yet.</source>
        <translation>Brak zabiegów.</translation>
    </message>
    <message>
        <source>Sold {sold} · paid {paid}</source>
        <translation>Sprzedano {sold} · zapłacono {paid}</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
</context>
<context>
    <name>ProductLine</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Wybierz produkt…</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Numer partii</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Partia</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Data ważności</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Remove this product</source>
        <translation>Usuń ten produkt</translation>
    </message>
</context>
<context>
    <name>ProductRows</name>
    <message>
        <source>Add a product</source>
        <translation>Dodaj produkt</translation>
    </message>
</context>
<context>
    <name>ProductsEditor</name>
    <message>
        <source>Product</source>
        <translation>Preparat</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Producent</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>W użyciu</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nowy preparat</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Partia</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Numer partii</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Data ważności</translation>
    </message>
    <message>
        <source>Add lot</source>
        <translation>Dodaj partię</translation>
    </message>
    <message>
        <source>ml, U, g…</source>
        <translation>ml, j., g…</translation>
    </message>
    <message>
        <source>A substance from the list, or any other</source>
        <translation>Substancja z listy lub dowolna inna</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>Producent:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Jednostka:</translation>
    </message>
    <message>
        <source>Substances and allergens: a client allergic to one of them is warned about before the product is used.</source>
        <translation>Substancje i alergeny: o uczuleniu klienta na którąkolwiek z nich program ostrzeże przed użyciem preparatu.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Preparaty</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>od {date}</translation>
    </message>
    <message>
        <source>Lots of “{product}”</source>
        <translation>Partie „{product}”</translation>
    </message>
    <message>
        <source>Cancel the recall…</source>
        <translation>Anuluj wycofanie…</translation>
    </message>
    <message>
        <source>Mark recalled…</source>
        <translation>Oznacz jako wycofaną…</translation>
    </message>
    <message>
        <source>Lot {lot} of “{product}” is added.</source>
        <translation>Dodano partię {lot} preparatu „{product}”.</translation>
    </message>
    <message>
        <source>Lot {lot} is marked recalled.</source>
        <translation>Partia {lot} jest oznaczona jako wycofana.</translation>
    </message>
    <message>
        <source>The recall of lot {lot} is cancelled.</source>
        <translation>Wycofanie partii {lot} anulowano.</translation>
    </message>
    <message>
        <source>Cancel the recall</source>
        <translation>Anulowanie wycofania</translation>
    </message>
    <message>
        <source>Lot {lot} of “{product}” will be usable again and the clients&apos; cards will stop warning about it. Cancel the recall?</source>
        <translation>Partii {lot} preparatu „{product}” znów będzie można używać, a karty klientów przestaną o niej ostrzegać. Anulować wycofanie?</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>“{section}” has changes that are not saved.</source>
        <translation>W sekcji „{section}” są niezapisane zmiany.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Zapisać je przed wyjściem?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Zostań tutaj</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Podstawowe</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Inne dane</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pola dodatkowe</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save the questionnaire (Ctrl+S)</source>
        <translation>Zapisz ankietę (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Zamknij bez zapisywania (Esc)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Forma zwracania się</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Name day: day</source>
        <translation>Imieniny: dzień</translation>
    </message>
    <message>
        <source>Name day: month</source>
        <translation>Imieniny: miesiąc</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferowany język</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukraiński</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rosyjski</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nazwisko:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Imię:</translation>
    </message>
    <message>
        <source>{star} one of the two names is enough</source>
        <translation>{star} wystarczy jedno z dwóch: imię lub nazwisko</translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation>Drugie imię:</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Forma zwracania się:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Płeć:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Data urodzenia:</translation>
    </message>
    <message>
        <source>Name day:</source>
        <translation>Imieniny:</translation>
    </message>
    <message>
        <source>Preferred language:</source>
        <translation>Preferowany język:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Stanowisko:</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Numer klienta</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— nie ustawiono —</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Opiekun klienta</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Czarna lista</translation>
    </message>
    <message>
        <source>Do not book: unwanted client or spam</source>
        <translation>Nie zapisywać na wizyty: niepożądany klient lub spam</translation>
    </message>
    <message>
        <source>Personal discount, %</source>
        <translation>Rabat indywidualny, %</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Karta lojalnościowa</translation>
    </message>
    <message>
        <source>EAN-8 or EAN-13 barcode</source>
        <translation>Kod kreskowy EAN-8 lub EAN-13</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Następny telefon</translation>
    </message>
    <message>
        <source>No tags yet: the owner adds them in Settings.</source>
        <translation>Brak grup: właściciel dodaje je w Ustawieniach.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Client number:</source>
        <translation>Numer klienta:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Klasa:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategoria:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Opiekun:</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Oznaczenia:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Rabat:</translation>
    </message>
    <message>
        <source>Loyalty card:</source>
        <translation>Karta lojalnościowa:</translation>
    </message>
    <message>
        <source>Next call:</source>
        <translation>Następny telefon:</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notatki wewnętrzne</translation>
    </message>
    <message>
        <source>Visible notes</source>
        <translation>Notatki widoczne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>for the staff only</source>
        <translation>tylko dla personelu</translation>
    </message>
    <message>
        <source>shown on the card and whenever the client is picked</source>
        <translation>wyświetlane na karcie i przy każdym wyborze klienta</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Dodaj telefon</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <source>Main phone:</source>
        <translation>Telefon główny:</translation>
    </message>
    <message>
        <source>The main mobile identifies the client: two clients cannot share it. Other phones may repeat.</source>
        <translation>Główny numer komórkowy identyfikuje klienta: dwóch klientów nie może mieć tego samego numeru. Pozostałe telefony mogą się powtarzać.</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>Inne telefony:</translation>
    </message>
    <message>
        <source>Add an e-mail</source>
        <translation>Dodaj e-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Other e-mails:</source>
        <translation>Inne adresy e-mail:</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Dodaj profil</translation>
    </message>
    <message>
        <source>Social networks and web sites</source>
        <translation>Media społecznościowe i strony WWW</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Dodaj adres</translation>
    </message>
    <message>
        <source>Identity document type</source>
        <translation>Rodzaj dokumentu tożsamości</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seria</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numer dokumentu</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Data wydania</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Organ wydający</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>Kod jednostki</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Adres zameldowania</translation>
    </message>
    <message>
        <source>As in the document</source>
        <translation>Jak w dokumencie</translation>
    </message>
    <message>
        <source>Identity document (for contracts)</source>
        <translation>Dokument tożsamości (do umów)</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numer:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Seria:</translation>
    </message>
    <message>
        <source>Date of issue:</source>
        <translation>Data wydania:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Organ wydający:</translation>
    </message>
    <message>
        <source>Department code:</source>
        <translation>Kod jednostki:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Ważny do:</translation>
    </message>
    <message>
        <source>Registered address:</source>
        <translation>Adres zameldowania:</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Dodaj dokument</translation>
    </message>
    <message>
        <source>Documents with an expiry date</source>
        <translation>Dokumenty z terminem ważności</translation>
    </message>
    <message>
        <source>Medical certificate, insurance, signed consent, safety briefing…</source>
        <translation>Zaświadczenie lekarskie, ubezpieczenie, podpisana zgoda, instruktaż bezpieczeństwa…</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Rodzic</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Usuń powiązanie</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Rodzic:</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Dzieci:</translation>
    </message>
    <message>
        <source>Add a contact person</source>
        <translation>Dodaj osobę kontaktową</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Osoby kontaktowe</translation>
    </message>
    <message>
        <source>Consents given by the client</source>
        <translation>Zgody udzielone przez klienta</translation>
    </message>
    <message>
        <source>Tick a consent only when the client has given it, and correct the day it was given if it was not today. Unticking records that it was withdrawn, with the date.</source>
        <translation>Zaznacz zgodę tylko wtedy, gdy klient jej udzielił, i popraw datę, jeśli udzielił jej innego dnia niż dziś. Odznaczenie zapisuje wycofanie zgody wraz z datą.</translation>
    </message>
    <message>
        <source>Given on: {purpose}</source>
        <translation>Data zgody: {purpose}</translation>
    </message>
    <message>
        <source>Restore them instead</source>
        <translation>Przywróć go zamiast nowej karty</translation>
    </message>
    <message>
        <source>The client cannot be restored: they are no longer there or your role may not restore clients. Ask the salon&apos;s owner.</source>
        <translation>Nie można przywrócić klienta: już go nie ma albo Twoja rola na to nie pozwala. Zwróć się do właściciela salonu.</translation>
    </message>
    <message>
        <source>Restore from the archive</source>
        <translation>Przywracanie z archiwum</translation>
    </message>
    <message>
        <source>Restore client No. {number}, {name}, from the archive?</source>
        <translation>Przywrócić z archiwum klienta nr {number}, {name}?</translation>
    </message>
    <message>
        <source>Their card opens; what was typed in this questionnaire is not saved.</source>
        <translation>Otworzy się jego karta; to, co wpisano w tej ankiecie, nie zostanie zapisane.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>recorded by {user}</source>
        <translation>zapisał(a) {user}</translation>
    </message>
    <message>
        <source>will be recorded when saved</source>
        <translation>zostanie zarejestrowana po zapisaniu</translation>
    </message>
    <message>
        <source>The salon&apos;s own fields</source>
        <translation>Własne pola salonu</translation>
    </message>
    <message>
        <source>Opening the questionnaire…</source>
        <translation>Otwieranie ankiety…</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <source>{star} required field</source>
        <translation>{star} — pole wymagane</translation>
    </message>
    <message>
        <source>e.g. dear Olena Petrivna</source>
        <translation>np. Szanowna Pani Anno</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>Dzwonić co (dni)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Call every (days):</source>
        <translation>Dzwonić co (dni):</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupy:</translation>
    </message>
    <message>
        <source>New client — questionnaire</source>
        <translation>Nowy klient — ankieta</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatycznie</translation>
    </message>
    <message>
        <source>Questionnaire: {name}</source>
        <translation>Ankieta: {name}</translation>
    </message>
    <message>
        <source>{name}, client No. {number}</source>
        <translation>{name}, klient nr {number}</translation>
    </message>
    <message>
        <source>No. {number} {name}</source>
        <translation>Nr {number} {name}</translation>
    </message>
    <message>
        <source>This questionnaire cannot be saved: the client is no longer there or your role may not change it. Ask the salon&apos;s owner.</source>
        <translation>Nie można zapisać tej ankiety: klient już nie istnieje lub Twoja rola nie pozwala na jej zmianę. Zwróć się do właściciela salonu.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwórz</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Brak powiązania</translation>
    </message>
    <message>
        <source>Choose the parent</source>
        <translation>Wybierz rodzica</translation>
    </message>
    <message>
        <source>will be recorded as withdrawn today when saved</source>
        <translation>po zapisaniu zostanie zarejestrowana jako wycofana dzisiaj</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>wycofana {date}</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>wygasła {date}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Zapisać zmiany?</translation>
    </message>
    <message>
        <source>The questionnaire was changed and not saved yet.</source>
        <translation>Ankieta została zmieniona, ale nie jest jeszcze zapisana.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Zmienione przez inną osobę</translation>
    </message>
    <message>
        <source>Someone else saved this client while you were editing.</source>
        <translation>Ktoś inny zapisał dane tego klienta w czasie Twojej edycji.</translation>
    </message>
    <message>
        <source>Reload to see their version; what you typed here will be replaced. To keep your text, choose Keep editing and copy it first.</source>
        <translation>Wczytaj ponownie, aby zobaczyć zapisaną wersję; to, co tu wpisano, zostanie zastąpione. Aby zachować swój tekst, wybierz „Kontynuuj edycję” i najpierw go skopiuj.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Kontynuuj edycję</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>QuestionnaireFieldsPage</name>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Widoczne</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wymagane</translation>
    </message>
    <message>
        <source>Always shown: it identifies the client.</source>
        <translation>Zawsze widoczne: po nim rozpoznaje się klienta.</translation>
    </message>
    <message>
        <source>The main phone is always required.</source>
        <translation>Telefon główny jest zawsze wymagany.</translation>
    </message>
    <message>
        <source>This field always has a value or is a list of rows.</source>
        <translation>To pole zawsze ma wartość albo jest listą wierszy.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Hidden fields leave the questionnaire and the card; what clients already have in them is kept, exported and merged. A required field must be filled before a questionnaire is saved.</source>
        <translation>Ukryte pola znikają z ankiety i karty; dane klientów już w nich zapisane zostają zachowane, eksportowane i scalane. Pole wymagane trzeba wypełnić, zanim ankieta zostanie zapisana.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Ankieta</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Forma zwracania się</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Name day</source>
        <translation>Imieniny</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferowany język</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Numer klienta</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Pracownik odpowiedzialny</translation>
    </message>
    <message>
        <source>Marks: VIP, blacklist</source>
        <translation>Oznaczenia: VIP, czarna lista</translation>
    </message>
    <message>
        <source>Personal discount</source>
        <translation>Rabat indywidualny</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Karta lojalnościowa</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>Dzwonić co (dni)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Następna rozmowa</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notatki wewnętrzne</translation>
    </message>
    <message>
        <source>Visible notes</source>
        <translation>Notatki widoczne</translation>
    </message>
    <message>
        <source>Main phone</source>
        <translation>Telefon główny</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social networks and web sites</source>
        <translation>Media społecznościowe i strony WWW</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Dokument tożsamości</translation>
    </message>
    <message>
        <source>Documents with an expiry date</source>
        <translation>Dokumenty z terminem ważności</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Rodzina</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Osoby kontaktowe</translation>
    </message>
    <message>
        <source>The questionnaire&apos;s fields are saved.</source>
        <translation>Pola ankiety zostały zapisane.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireRows</name>
    <message>
        <source>Remove this line</source>
        <translation>Usuń ten wiersz</translation>
    </message>
</context>
<context>
    <name>RecallMarkDialog</name>
    <message>
        <source>Mark the lot recalled</source>
        <translation>Oznacz partię jako wycofaną</translation>
    </message>
    <message>
        <source>Lot {lot} of “{product}” will be refused from this day on, and the cards of the clients who received it will say so.</source>
        <translation>Od tego dnia partii {lot} preparatu „{product}” nie będzie można używać, a karty klientów, którzy ją otrzymali, będą o tym informować.</translation>
    </message>
    <message>
        <source>The supplier&apos;s notice, the reason…</source>
        <translation>Komunikat dostawcy, powód…</translation>
    </message>
    <message>
        <source>Mark recalled</source>
        <translation>Oznacz jako wycofaną</translation>
    </message>
    <message>
        <source>Recalled on:</source>
        <translation>Wycofana od:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Uwaga:</translation>
    </message>
</context>
<context>
    <name>RequisitesForm</name>
    <message>
        <source>As clients know it</source>
        <translation>Nazwa znana klientom</translation>
    </message>
    <message>
        <source>As in the state register</source>
        <translation>Jak w rejestrze państwowym</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Nazwa rejestrowa:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <source>Also the default phone region: numbers typed without a country code are read as numbers of this country.</source>
        <translation>To także domyślny region telefonów: numery wpisane bez kodu kraju są traktowane jako numery z tego kraju.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Strona WWW:</translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation>Numery rejestrowe</translation>
    </message>
    <message>
        <source>The names of the numbers follow the country.</source>
        <translation>Nazwy numerów zależą od wybranego kraju.</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresy</translation>
    </message>
    <message>
        <source>Legal address:</source>
        <translation>Adres siedziby:</translation>
    </message>
    <message>
        <source>Actual address:</source>
        <translation>Adres działalności:</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Bank:</translation>
    </message>
    <message>
        <source>Account (IBAN):</source>
        <translation>Rachunek (IBAN):</translation>
    </message>
    <message>
        <source>Who signs contracts</source>
        <translation>Kto podpisuje umowy</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Stanowisko:</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Cofnij zmiany</translation>
    </message>
    <message>
        <source>Save requisites</source>
        <translation>Zapisz dane firmy</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Contracts and printed documents take these details.</source>
        <translation>Te dane trafiają do umów i drukowanych dokumentów.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Logo on documents:</source>
        <translation>Logo na dokumentach:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <source>The logo on documents</source>
        <translation>Logo na dokumentach</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.heic)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.heic)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Nie można odczytać pliku: {reason}</translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation>Logo zapisane.</translation>
    </message>
    <message>
        <source>The logo is removed.</source>
        <translation>Logo usunięte.</translation>
    </message>
    <message>
        <source>Registration number (EDRPOU):</source>
        <translation>Numer rejestrowy (EDRPOU):</translation>
    </message>
    <message>
        <source>Tax number (IPN):</source>
        <translation>Numer podatkowy (IPN):</translation>
    </message>
    <message>
        <source>VAT certificate number:</source>
        <translation>Numer świadectwa VAT:</translation>
    </message>
    <message>
        <source>Bank code (MFO):</source>
        <translation>Kod banku (MFO):</translation>
    </message>
    <message>
        <source>Registration number (OGRN):</source>
        <translation>Numer rejestrowy (OGRN):</translation>
    </message>
    <message>
        <source>Tax number (INN):</source>
        <translation>Numer podatkowy (INN):</translation>
    </message>
    <message>
        <source>Registration reason code (KPP):</source>
        <translation>Kod przyczyny rejestracji (KPP):</translation>
    </message>
    <message>
        <source>Bank code (BIC):</source>
        <translation>Kod banku (BIC):</translation>
    </message>
    <message>
        <source>Registration number (KRS):</source>
        <translation>Numer KRS:</translation>
    </message>
    <message>
        <source>Tax number (NIP):</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Statistical number (REGON):</source>
        <translation>REGON:</translation>
    </message>
    <message>
        <source>Bank code (BIC/SWIFT):</source>
        <translation>Kod banku (BIC/SWIFT):</translation>
    </message>
    <message>
        <source>Business ID number (BIN):</source>
        <translation>Numer BIN:</translation>
    </message>
    <message>
        <source>Individual ID number (IIN):</source>
        <translation>Numer IIN:</translation>
    </message>
    <message>
        <source>Beneficiary code (KBe):</source>
        <translation>Kod beneficjenta (KBe):</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Numer rejestrowy:</translation>
    </message>
    <message>
        <source>Taxpayer number (UNP):</source>
        <translation>Numer podatnika (UNP):</translation>
    </message>
    <message>
        <source>Classifier code (OKPO):</source>
        <translation>Kod klasyfikatora (OKPO):</translation>
    </message>
    <message>
        <source>Commercial register number (HRB):</source>
        <translation>Numer w rejestrze handlowym (HRB):</translation>
    </message>
    <message>
        <source>Tax number (Steuernummer):</source>
        <translation>Numer podatkowy (Steuernummer):</translation>
    </message>
    <message>
        <source>VAT ID (USt-IdNr.):</source>
        <translation>Numer VAT UE (USt-IdNr.):</translation>
    </message>
    <message>
        <source>Company ID (IČO):</source>
        <translation>Numer identyfikacyjny firmy (IČO):</translation>
    </message>
    <message>
        <source>Tax ID (DIČ):</source>
        <translation>Numer podatkowy (DIČ):</translation>
    </message>
    <message>
        <source>Extra number:</source>
        <translation>Dodatkowy numer:</translation>
    </message>
    <message>
        <source>Tax number:</source>
        <translation>Numer podatkowy:</translation>
    </message>
    <message>
        <source>Salon requisites</source>
        <translation>Dane firmy</translation>
    </message>
    <message>
        <source>The requisites are not saved: please correct the marked fields.</source>
        <translation>Dane firmy nie zostały zapisane: popraw zaznaczone pola.</translation>
    </message>
    <message>
        <source>The requisites are saved.</source>
        <translation>Dane firmy zostały zapisane.</translation>
    </message>
</context>
<context>
    <name>ScaleChart</name>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>maks.</translation>
    </message>
    <message>
        <source>No skin assessments yet.</source>
        <translation>Nie ma jeszcze ocen stanu skóry.</translation>
    </message>
    <message>
        <source>Choose the scales to draw above.</source>
        <translation>Wybierz powyżej skale do wykresu.</translation>
    </message>
</context>
<context>
    <name>ScaleHistoryView</name>
    <message>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Only the owner can change the salon&apos;s settings.</source>
        <translation>Tylko właściciel może zmieniać ustawienia salonu.</translation>
    </message>
    <message>
        <source>This record no longer exists; the list is reloaded. Please try again.</source>
        <translation>Ten wpis już nie istnieje; lista została wczytana ponownie. Spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>The change was not saved: {reason}</source>
        <translation>Zmiana nie została zapisana: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Only the owner can change the salon&apos;s settings. You can look at them here; the interface language of this computer is yours to choose.</source>
        <translation>Tylko właściciel może zmieniać ustawienia salonu. Możesz je tutaj przejrzeć; język interfejsu na tym komputerze możesz wybrać samodzielnie.</translation>
    </message>
    <message>
        <source>The interface language is switched.</source>
        <translation>Język interfejsu został przełączony.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Podpisz się tutaj</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Podpis klienta</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>Employee&apos;s signature</source>
        <translation>Podpis pracownika</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wyczyść</translation>
    </message>
</context>
<context>
    <name>SkinLabels</name>
    <message>
        <source>Fitzpatrick phototype</source>
        <translation>Fototyp wg Fitzpatricka</translation>
    </message>
    <message>
        <source>Glogau photoageing</source>
        <translation>Fotostarzenie wg Glogaua</translation>
    </message>
    <message>
        <source>Turgor</source>
        <translation>Turgor</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Wrażliwość</translation>
    </message>
    <message>
        <source>Pigmentation</source>
        <translation>Przebarwienia</translation>
    </message>
    <message>
        <source>Vascular changes</source>
        <translation>Zmiany naczyniowe</translation>
    </message>
    <message>
        <source>Acne grade</source>
        <translation>Stopień trądziku</translation>
    </message>
    <message>
        <source>Wrinkle depth</source>
        <translation>Głębokość zmarszczek</translation>
    </message>
    <message>
        <source>Fitzpatrick</source>
        <translation>Fitzpatrick</translation>
    </message>
    <message>
        <source>Glogau</source>
        <translation>Glogau</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>Naczynia</translation>
    </message>
    <message>
        <source>Acne</source>
        <translation>Trądzik</translation>
    </message>
    <message>
        <source>Wrinkles</source>
        <translation>Zmarszczki</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>w stopniu lekkim</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>w stopniu umiarkowanym</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>w stopniu znacznym</translation>
    </message>
    <message>
        <source>Very fair skin: always burns, never tans</source>
        <translation>Bardzo jasna skóra: zawsze się oparza, nigdy nie opala</translation>
    </message>
    <message>
        <source>Fair skin: burns easily, tans little</source>
        <translation>Jasna skóra: łatwo się oparza, opala się słabo</translation>
    </message>
    <message>
        <source>Light to beige skin: sometimes burns, tans gradually</source>
        <translation>Jasna lub beżowa skóra: czasem się oparza, opala się stopniowo</translation>
    </message>
    <message>
        <source>Olive skin: rarely burns, tans easily</source>
        <translation>Oliwkowa skóra: rzadko się oparza, łatwo się opala</translation>
    </message>
    <message>
        <source>Brown skin: very rarely burns, tans deeply</source>
        <translation>Śniada skóra: bardzo rzadko się oparza, mocno się opala</translation>
    </message>
    <message>
        <source>Dark brown to black skin: never burns</source>
        <translation>Ciemnobrązowa lub czarna skóra: nigdy się nie oparza</translation>
    </message>
    <message>
        <source>No wrinkles: early photoageing, about 20–30 years</source>
        <translation>Bez zmarszczek: wczesne fotostarzenie, ok. 20–30 lat</translation>
    </message>
    <message>
        <source>Wrinkles in motion: lines with expression, about 30–40</source>
        <translation>Zmarszczki w ruchu: widoczne przy mimice, ok. 30–40 lat</translation>
    </message>
    <message>
        <source>Wrinkles at rest: seen without expression, about 50</source>
        <translation>Zmarszczki w spoczynku: widoczne bez mimiki, ok. 50 lat</translation>
    </message>
    <message>
        <source>Only wrinkles: lines all over, sagging, 60 and older</source>
        <translation>Same zmarszczki: na całej twarzy, opadanie, od 60 lat</translation>
    </message>
    <message>
        <source>markedly reduced</source>
        <translation>znacznie obniżony</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>obniżony</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>zadowalający</translation>
    </message>
    <message>
        <source>good</source>
        <translation>dobry</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>bardzo dobry</translation>
    </message>
    <message>
        <source>comedones</source>
        <translation>zaskórniki</translation>
    </message>
    <message>
        <source>papules, a few pustules</source>
        <translation>grudki, pojedyncze krosty</translation>
    </message>
    <message>
        <source>many papules and pustules</source>
        <translation>liczne grudki i krosty</translation>
    </message>
    <message>
        <source>nodules and cysts</source>
        <translation>guzki i torbiele</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalna</translation>
    </message>
    <message>
        <source>Dry</source>
        <translation>Sucha</translation>
    </message>
    <message>
        <source>Oily</source>
        <translation>Tłusta</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Mieszana</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Wrażliwa</translation>
    </message>
    <message>
        <source>No wrinkles</source>
        <translation>Bez zmarszczek</translation>
    </message>
    <message>
        <source>Fine lines (dehydration)</source>
        <translation>Drobne (odwodnienie)</translation>
    </message>
    <message>
        <source>Expression lines</source>
        <translation>Mimiczne</translation>
    </message>
    <message>
        <source>Gravitational (sagging)</source>
        <translation>Grawitacyjne (opadanie)</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Mieszane</translation>
    </message>
    <message>
        <source>Resistant</source>
        <translation>Odporna</translation>
    </message>
    <message>
        <source>Pigmented</source>
        <translation>Pigmentowana</translation>
    </message>
    <message>
        <source>Non-pigmented</source>
        <translation>Niepigmentowana</translation>
    </message>
    <message>
        <source>Wrinkle-prone</source>
        <translation>Skłonna do zmarszczek</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Jędrna</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nie oceniano</translation>
    </message>
    <message>
        <source>Baumann type {letters}</source>
        <translation>Typ wg Baumann {letters}</translation>
    </message>
</context>
<context>
    <name>SocialRow</name>
    <message>
        <source>Network</source>
        <translation>Serwis</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>@name or a link to the profile</source>
        <translation>@nazwa lub link do profilu</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>New client</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <source>Blank questionnaire</source>
        <translation>Pusta ankieta</translation>
    </message>
    <message>
        <source>Start the questionnaire from:</source>
        <translation>Zacznij ankietę od:</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>New…</source>
        <translation>Nowy…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Przywróć tę wersję</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Wersje:</translation>
    </message>
    <message>
        <source>Consent holds for (months, 0 = until withdrawn):</source>
        <translation>Zgoda ważna (miesięcy, 0 = do odwołania):</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Cofnij zmiany</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Zapisz jako nową wersję</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Pola do wstawienia:</translation>
    </message>
    <message>
        <source>Enter or a double click inserts it.</source>
        <translation>Enter lub dwuklik wstawia pole.</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Szablony dokumentów</translation>
    </message>
    <message>
        <source>v.{version}</source>
        <translation>wer. {version}</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>wyłączony</translation>
    </message>
    <message>
        <source>v.{version}, {date}</source>
        <translation>wer. {version}, {date}</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Włącz</translation>
    </message>
    <message>
        <source>Version {version}, saved {date} by {name}</source>
        <translation>Wersja {version}, zapisana {date}, {name}</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>(an earlier version, read-only)</source>
        <translation>(wcześniejsza wersja, tylko do odczytu)</translation>
    </message>
    <message>
        <source>The template is not saved: correct the placeholders listed.</source>
        <translation>Szablon nie został zapisany: popraw wymienione pola do wstawienia.</translation>
    </message>
    <message>
        <source>“{name}” is saved as version {version}.</source>
        <translation>„{name}” zapisano jako wersję {version}.</translation>
    </message>
    <message>
        <source>The template “{name}” is added.</source>
        <translation>Dodano szablon „{name}”.</translation>
    </message>
    <message>
        <source>Rename the template</source>
        <translation>Zmień nazwę szablonu</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
</context>
<context>
    <name>TemplateKinds</name>
    <message>
        <source>Service contract</source>
        <translation>Umowa o usługi</translation>
    </message>
    <message>
        <source>Informed consent to a procedure</source>
        <translation>Świadoma zgoda na zabieg</translation>
    </message>
    <message>
        <source>Personal data consent</source>
        <translation>Zgoda na przetwarzanie danych osobowych</translation>
    </message>
    <message>
        <source>Health data consent</source>
        <translation>Zgoda na przetwarzanie danych o zdrowiu</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Zgoda na zdjęcia</translation>
    </message>
    <message>
        <source>Price list agreement</source>
        <translation>Uzgodnienie cennika</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Ostatnie logowanie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No, disabled</source>
        <translation>Nie, zablokowany</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
</context>
<context>
    <name>UsersEditor</name>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Nowy użytkownik…</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Wybrany użytkownik</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Może się logować</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Ustaw nowe hasło</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Powtórz:</translation>
    </message>
    <message>
        <source>For a user who forgot their password: set a new one and tell it to them. At least {limit} characters.</source>
        <translation>Dla użytkownika, który zapomniał hasła: ustaw nowe i przekaż je tej osobie. Minimalna liczba znaków: {limit}.</translation>
    </message>
    <message>
        <source>Accounts are never deleted: the history shows who did what. Untick “May log in” for someone who left.</source>
        <translation>Konta nigdy nie są usuwane: historia pokazuje, kto co zrobił. Osobie, która odeszła z pracy, odznacz „Może się logować”.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Selected user: {login}</source>
        <translation>Wybrany użytkownik: {login}</translation>
    </message>
    <message>
        <source>Your own account</source>
        <translation>Twoje własne konto</translation>
    </message>
    <message>
        <source>You are changing your own role or access. After you log out you may no longer be able to change the salon&apos;s settings. Continue?</source>
        <translation>Zmieniasz własną rolę lub dostęp. Po wylogowaniu możesz utracić możliwość zmiany ustawień salonu. Kontynuować?</translation>
    </message>
    <message>
        <source>The account “{login}” is saved.</source>
        <translation>Konto „{login}” zostało zapisane.</translation>
    </message>
    <message>
        <source>The password of “{login}” is changed. Tell them the new one: it works from their next login.</source>
        <translation>Hasło użytkownika „{login}” zostało zmienione. Przekaż mu nowe hasło: zadziała od następnego logowania.</translation>
    </message>
    <message>
        <source>The user “{login}” is created and can log in now.</source>
        <translation>Użytkownik „{login}” został utworzony i może się już zalogować.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>To pole jest wymagane.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Za długi tekst: maksymalna liczba znaków to {limit}.</translation>
    </message>
    <message>
        <source>Contains invisible or control characters; please retype it.</source>
        <translation>Zawiera niewidoczne lub sterujące znaki; wpisz tekst ponownie.</translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation>Imię lub nazwisko musi zawierać litery.</translation>
    </message>
    <message>
        <source>Type a first or a last name (one is enough).</source>
        <translation>Wpisz imię lub nazwisko (wystarczy jedno).</translation>
    </message>
    <message>
        <source>Not a phone number. Type it with the country code, e.g. {example}.</source>
        <translation>To nie jest numer telefonu. Wpisz go z kodem kraju, np. {example}.</translation>
    </message>
    <message>
        <source>This number is not valid for {region}. Check the digits, e.g. {example}.</source>
        <translation>Ten numer jest nieprawidłowy dla regionu {region}. Sprawdź cyfry, np. {example}.</translation>
    </message>
    <message>
        <source>This phone already belongs to client No. {number}, {name}.</source>
        <translation>Ten telefon należy już do klienta nr {number}, {name}.</translation>
    </message>
    <message>
        <source>This phone belongs to archived client No. {number}, {name}.</source>
        <translation>Ten telefon należy do klienta z archiwum nr {number}, {name}.</translation>
    </message>
    <message>
        <source>The same number is entered twice.</source>
        <translation>Ten sam numer wpisano dwukrotnie.</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.com).</source>
        <translation>To nie jest adres e-mail (nazwa@example.com).</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Data nie może być z przyszłości.</translation>
    </message>
    <message>
        <source>The date must be after {year}.</source>
        <translation>Data musi być późniejsza niż rok {year}.</translation>
    </message>
    <message>
        <source>Client number {number} is already used by {name}.</source>
        <translation>Numer klienta {number} jest już przypisany do: {name}.</translation>
    </message>
    <message>
        <source>Use letters, digits and - / . only, up to {limit} characters.</source>
        <translation>Używaj tylko liter, cyfr oraz znaków - / .; maksymalna liczba znaków: {limit}.</translation>
    </message>
    <message>
        <source>A card barcode has 8 or 13 digits (EAN-8 / EAN-13).</source>
        <translation>Kod kreskowy karty ma 8 lub 13 cyfr (EAN-8 / EAN-13).</translation>
    </message>
    <message>
        <source>The check digit is wrong: the barcode was mistyped.</source>
        <translation>Nieprawidłowa cyfra kontrolna: kod kreskowy został błędnie wpisany.</translation>
    </message>
    <message>
        <source>A discount is between 0 and 100%.</source>
        <translation>Rabat musi wynosić od 0 do 100%.</translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation>Wpisz liczbę.</translation>
    </message>
    <message>
        <source>A date is expected (dd.mm.yyyy).</source>
        <translation>Wpisz datę (dd.mm.rrrr).</translation>
    </message>
    <message>
        <source>Pick one of the offered values.</source>
        <translation>Wybierz jedną z proponowanych wartości.</translation>
    </message>
    <message>
        <source>No such day in the calendar.</source>
        <translation>Taki dzień nie istnieje w kalendarzu.</translation>
    </message>
    <message>
        <source>The expiry date is before the date of issue.</source>
        <translation>Data ważności jest wcześniejsza niż data wydania.</translation>
    </message>
    <message>
        <source>Not a link or a profile name.</source>
        <translation>To nie jest link ani nazwa profilu.</translation>
    </message>
    <message>
        <source>A client cannot be their own parent.</source>
        <translation>Klient nie może być swoim własnym rodzicem.</translation>
    </message>
    <message>
        <source>This link would make a family loop.</source>
        <translation>To powiązanie utworzyłoby zapętlenie w rodzinie.</translation>
    </message>
    <message>
        <source>This login is already taken.</source>
        <translation>Ten login jest już zajęty.</translation>
    </message>
    <message>
        <source>Use 3–32 Latin letters, digits, dot, dash or underscore.</source>
        <translation>Użyj od 3 do 32 znaków: liter łacińskich, cyfr, kropki, myślnika lub podkreślenia.</translation>
    </message>
    <message>
        <source>At least {limit} characters.</source>
        <translation>Minimalna liczba znaków: {limit}.</translation>
    </message>
    <message>
        <source>Unknown country code.</source>
        <translation>Nieznany kod kraju.</translation>
    </message>
    <message>
        <source>This name is already in the list.</source>
        <translation>Ta nazwa jest już na liście.</translation>
    </message>
    <message>
        <source>Use Latin letters, digits and underscores, starting with a letter.</source>
        <translation>Użyj liter łacińskich, cyfr i podkreśleń; pierwszym znakiem musi być litera.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Podaj powód.</translation>
    </message>
    <message>
        <source>The salon must keep at least one active owner.</source>
        <translation>Salon musi mieć co najmniej jednego aktywnego właściciela.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Hasła nie są zgodne.</translation>
    </message>
    <message>
        <source>Not an amount of money. Type it like 1250 or 1 250,50.</source>
        <translation>To nie jest kwota. Wpisz np. 1250 lub 1 250,50.</translation>
    </message>
    <message>
        <source>At most {digits} digits after the comma.</source>
        <translation>Najwyżej {digits} cyfry po przecinku.</translation>
    </message>
    <message>
        <source>This currency has no fractions: type a whole number.</source>
        <translation>Ta waluta nie ma części ułamkowych: wpisz liczbę całkowitą.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Ta kwota jest za duża.</translation>
    </message>
    <message>
        <source>This amount is in {currency}; the salon counts in {expected}.</source>
        <translation>Ta kwota jest w {currency}, a salon rozlicza się w {expected}.</translation>
    </message>
    <message>
        <source>Unknown currency code.</source>
        <translation>Nieznany kod waluty.</translation>
    </message>
    <message>
        <source>Unknown placeholder {name}: pick it from the list of placeholders.</source>
        <translation>Nieznane pole {name}: wybierz je z listy pól.</translation>
    </message>
    <message>
        <source>A placeholder is not closed: “{text}”.</source>
        <translation>Pole nie jest zamknięte: „{text}”.</translation>
    </message>
    <message>
        <source>A consent holds for 1 to {limit} months, or until withdrawn.</source>
        <translation>Zgoda obowiązuje od 1 do {limit} miesięcy albo do odwołania.</translation>
    </message>
    <message>
        <source>The form has no field {name}.</source>
        <translation>Formularz nie ma pola {name}.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB.</source>
        <translation>Plik jest większy niż {limit} MB.</translation>
    </message>
    <message>
        <source>The check digit does not match: there is a typo in the number.</source>
        <translation>Cyfra kontrolna się nie zgadza: w numerze jest literówka.</translation>
    </message>
    <message>
        <source>Wrong length: such a number has {lengths} characters.</source>
        <translation>Nieprawidłowa długość: taki numer ma {lengths} znaków.</translation>
    </message>
    <message>
        <source>Only digits are allowed in this number.</source>
        <translation>Ten numer może zawierać tylko cyfry.</translation>
    </message>
    <message>
        <source>Not an IBAN: two letters of the country, two check digits, then the account.</source>
        <translation>To nie jest IBAN: dwie litery kraju, dwie cyfry kontrolne, potem numer rachunku.</translation>
    </message>
    <message>
        <source>Not a BIC: 8 or 11 letters and digits, e.g. PBANUA2X.</source>
        <translation>To nie jest BIC: 8 lub 11 liter i cyfr, np. PBANUA2X.</translation>
    </message>
    <message>
        <source>A KPP has 9 characters: 4 digits, 2 digits or letters, 3 digits.</source>
        <translation>KPP ma 9 znaków: 4 cyfry, 2 cyfry lub litery, 3 cyfry.</translation>
    </message>
    <message>
        <source>Pick a value from {low} to {high}.</source>
        <translation>Wybierz wartość od {low} do {high}.</translation>
    </message>
    <message>
        <source>Choose one letter of each pair (O/D, S/R, P/N, W/T), or none at all.</source>
        <translation>Wybierz po jednej literze z każdej pary (O/D, S/R, P/N, W/T) albo żadnej.</translation>
    </message>
    <message>
        <source>The face chart could not be read; please draw it again.</source>
        <translation>Nie udało się odczytać schematu twarzy; narysuj go ponownie.</translation>
    </message>
    <message>
        <source>An assessment can be corrected only on the day it was recorded, by its author or the owner. Record a new assessment instead.</source>
        <translation>Ocenę skóry można poprawić tylko w dniu jej zapisania i tylko jej autor lub właściciel. Zamiast tego zapisz nową ocenę.</translation>
    </message>
    <message>
        <source>Unknown condition code: {code}.</source>
        <translation>Nieznany kod schorzenia: {code}.</translation>
    </message>
    <message>
        <source>A duration is from {low} to {high} minutes.</source>
        <translation>Czas trwania: od {low} do {high} minut.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Kwota nie może być ujemna.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Kwota musi być większa od zera.</translation>
    </message>
    <message>
        <source>A substance cannot be empty.</source>
        <translation>Substancja nie może być pusta.</translation>
    </message>
    <message>
        <source>Ruled out by the client&apos;s condition: {condition_name}. Give a reason to go ahead.</source>
        <translation>Przeciwwskazane ze względu na stan klienta: {condition_name}. Aby kontynuować, podaj powód.</translation>
    </message>
    <message>
        <source>The client is allergic to {substance_name}, which {product} contains. Give a reason to go ahead.</source>
        <translation>Klient ma alergię na substancję {substance_name}, którą zawiera {product}. Aby kontynuować, podaj powód.</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} expired on {expires_on} and cannot be used.</source>
        <translation>Termin ważności partii {lot} produktu {product} upłynął {expires_on}; nie można jej użyć.</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} was recalled on {recalled_on} and cannot be used.</source>
        <translation>Partia {lot} produktu {product} została wycofana {recalled_on}; nie można jej użyć.</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} is already recorded as expiring on {expires_on}.</source>
        <translation>Partia {lot} produktu {product} jest już zapisana z terminem ważności {expires_on}.</translation>
    </message>
    <message>
        <source>There is no product {name}; add it to the catalogue first.</source>
        <translation>Nie ma produktu „{name}”; najpierw dodaj go do katalogu.</translation>
    </message>
    <message>
        <source>This procedure is no longer offered.</source>
        <translation>Ten zabieg nie jest już oferowany.</translation>
    </message>
    <message>
        <source>The next visit cannot be before the procedure.</source>
        <translation>Następna wizyta nie może być wcześniej niż zabieg.</translation>
    </message>
    <message>
        <source>A refund cannot be more than the client has paid.</source>
        <translation>Zwrot nie może przekraczać kwoty zapłaconej przez klienta.</translation>
    </message>
</context>
<context>
    <name>VisitDetailDialog</name>
    <message>
        <source>{procedure}, {date}</source>
        <translation>{procedure}, {date}</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Data i godzina:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Zabieg:</translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation>Specjalista:</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Strefy:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Produkty:</translation>
    </message>
    <message>
        <source>Device parameters:</source>
        <translation>Parametry urządzenia:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Efekt:</translation>
    </message>
    <message>
        <source>Reaction:</source>
        <translation>Reakcja:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Zalecenia:</translation>
    </message>
    <message>
        <source>Home care:</source>
        <translation>Pielęgnacja domowa:</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Następna wizyta:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Cena:</translation>
    </message>
    <message>
        <source>Sold:</source>
        <translation>Sprzedano:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Zapłacono:</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Zapisano:</translation>
    </message>
    <message>
        <source>Done despite a contraindication:</source>
        <translation>Wykonano mimo przeciwwskazania:</translation>
    </message>
    <message>
        <source>{product}, lot {lot}, until {expiry}</source>
        <translation>{product}, partia {lot}, ważny do {expiry}</translation>
    </message>
    <message>
        <source>recalled on {date}</source>
        <translation>wycofana {date}</translation>
    </message>
</context>
<context>
    <name>VisitTable</name>
    <message>
        <source>Done despite a contraindication; the reason is in the record.</source>
        <translation>Wykonano mimo przeciwwskazania; powód jest w zapisie.</translation>
    </message>
    <message>
        <source>A lot used in this procedure was recalled.</source>
        <translation>Partia użyta w tym zabiegu została wycofana.</translation>
    </message>
    <message>
        <source>Paid at the visit; payments taken later count in the balance</source>
        <translation>Zapłacono podczas wizyty; późniejsze wpłaty są wliczone w saldo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Zabieg</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specjalista</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sprzedano</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Zapłacono</translation>
    </message>
</context>
</TS>
