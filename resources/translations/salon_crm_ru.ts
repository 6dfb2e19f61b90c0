<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddressRow</name>
    <message>
        <source>Address type</source>
        <translation>Тип адреса</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Street, house, flat</source>
        <translation>Улица, дом, квартира</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>Street, house, flat:</source>
        <translation>Улица, дом, квартира:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Индекс:</translation>
    </message>
</context>
<context>
    <name>AllergyRow</name>
    <message>
        <source>Substance</source>
        <translation>Вещество</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Reaction, e.g. swelling, anaphylaxis</source>
        <translation>Реакция, напр. отёк, анафилаксия</translation>
    </message>
</context>
<context>
    <name>AnamnesisDialog</name>
    <message>
        <source>Anamnesis: {name}</source>
        <translation>Анамнез: {name}</translation>
    </message>
    <message>
        <source>Reviewing version {number}: saving signs version {next}.</source>
        <translation>Пересмотр версии {number}: при сохранении будет подписана версия {next}.</translation>
    </message>
    <message>
        <source>The first anamnesis of the client.</source>
        <translation>Первичный анамнез клиента.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Complaints and goals</source>
        <translation>Жалобы и цели</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Образ жизни</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Препараты</translation>
    </message>
    <message>
        <source>Surgeries and implants</source>
        <translation>Операции и импланты</translation>
    </message>
    <message>
        <source>Pregnancy and cycle</source>
        <translation>Беременность и цикл</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Аллергии</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation>Подписать и сохранить</translation>
    </message>
    <message>
        <source>Save this version signed with your name (Ctrl+S)</source>
        <translation>Сохранить эту версию за вашей подписью (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрыть без сохранения (Esc)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С какого времени</translation>
    </message>
    <message>
        <source>When it was done or fitted</source>
        <translation>Когда выполнено или установлено</translation>
    </message>
    <message>
        <source>What the client comes with</source>
        <translation>С чем обратился клиент</translation>
    </message>
    <message>
        <source>e.g. 120/80</source>
        <translation>напр. 120/80</translation>
    </message>
    <message>
        <source>Infections and skin</source>
        <translation>Инфекции и кожа</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Аллергии и непереносимость</translation>
    </message>
    <message>
        <source>Pick a substance from the list or type it as the client says it; procedures check the products&apos; substances against these.</source>
        <translation>Выберите вещество из списка или впишите его так, как называет клиент; при записи процедуры состав препаратов сверяется с этим списком.</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>Добавить аллергию</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>AnamnesisSection</name>
    <message>
        <source>Anamnesis</source>
        <translation>Анамнез</translation>
    </message>
    <message>
        <source>Anamnesis version</source>
        <translation>Версия анамнеза</translation>
    </message>
    <message>
        <source>Older versions stay readable</source>
        <translation>Прежние версии остаются доступны для просмотра</translation>
    </message>
    <message>
        <source>Version {number} of {date}</source>
        <translation>Версия {number} от {date}</translation>
    </message>
    <message>
        <source>Fill in the anamnesis…</source>
        <translation>Заполнить анамнез…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Пересмотреть…</translation>
    </message>
    <message>
        <source>Sign a new version, starting from this one</source>
        <translation>Подписать новую версию на основе этой</translation>
    </message>
    <message>
        <source>No anamnesis recorded yet.</source>
        <translation>Анамнез ещё не заполнен.</translation>
    </message>
    <message>
        <source>Version {number}, signed {moment} by {name}</source>
        <translation>Версия {number}, подписана {moment}, {name}</translation>
    </message>
    <message>
        <source>Allergies: {list}</source>
        <translation>Аллергии: {list}</translation>
    </message>
    <message>
        <source>No allergies noted.</source>
        <translation>Аллергий не отмечено.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Состояния и заболевания</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>с {date}</translation>
    </message>
</context>
<context>
    <name>AnamnesisTexts</name>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Physical activity</source>
        <translation>Физическая активность</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Питание</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Сон</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Курение</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Алкоголь</translation>
    </message>
    <message>
        <source>Work conditions</source>
        <translation>Условия труда</translation>
    </message>
    <message>
        <source>Chronic diseases, details</source>
        <translation>Хронические заболевания, подробности</translation>
    </message>
    <message>
        <source>Medicines now and in the last 6 months</source>
        <translation>Препараты сейчас и за последние 6 месяцев</translation>
    </message>
    <message>
        <source>Supplements and vitamins</source>
        <translation>БАДы и витамины</translation>
    </message>
    <message>
        <source>Surgeries, with dates</source>
        <translation>Операции (с датами)</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Артериальное давление</translation>
    </message>
    <message>
        <source>Cycle notes</source>
        <translation>Особенности цикла</translation>
    </message>
    <message>
        <source>Infectious diseases</source>
        <translation>Инфекционные заболевания</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Заболевания кожи</translation>
    </message>
    <message>
        <source>Procedures done elsewhere</source>
        <translation>Процедуры в других клиниках</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Complaints and goals</source>
        <translation>Жалобы и цели</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Образ жизни</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Has allergies and contraindications — details for the specialist</source>
        <translation>Есть аллергии и противопоказания — подробности у специалиста</translation>
    </message>
    <message>
        <source>Has allergies — details for the specialist</source>
        <translation>Есть аллергии — подробности у специалиста</translation>
    </message>
    <message>
        <source>Has contraindications — details for the specialist</source>
        <translation>Есть противопоказания — подробности у специалиста</translation>
    </message>
    <message>
        <source>Allergy: {allergies}</source>
        <translation>Аллергия: {allergies}</translation>
    </message>
    <message>
        <source>Contraindications: {conditions}</source>
        <translation>Противопоказания: {conditions}</translation>
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
        <translation>Не удалось открыть базу данных салона ({path}):
{error}</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive the client</source>
        <translation>Перенос клиента в архив</translation>
    </message>
    <message>
        <source>Why is {name} archived?</source>
        <translation>По какой причине {name} переносится в архив?</translation>
    </message>
    <message>
        <source>The client leaves the working list and the search. The card and everything in it are kept; the client can be restored at any time.</source>
        <translation>Клиент исчезнет из рабочего списка и из поиска. Карточка и все её данные сохранятся; клиента можно восстановить в любой момент.</translation>
    </message>
    <message>
        <source>For a duplicate card, “Merge with another card” keeps the phones, documents and history of both in one card.</source>
        <translation>Для карточки-дубликата лучше выбрать «Объединить с другой карточкой»: телефоны, документы и история обеих карточек сохранятся в одной.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Переезд</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Дубликат карточки</translation>
    </message>
    <message>
        <source>Asked to be removed</source>
        <translation>По просьбе клиента</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Describe the reason (required)</source>
        <translation>Опишите причину (обязательно)</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Подробности (необязательно)</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New skin assessment</source>
        <translation>Новая оценка состояния кожи</translation>
    </message>
    <message>
        <source>Skin assessment of {day}</source>
        <translation>Оценка состояния кожи от {day}</translation>
    </message>
    <message>
        <source>Correct the skin assessment of {day}</source>
        <translation>Исправление оценки кожи от {day}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>Recorded by {name}, {moment}</source>
        <translation>Записал(а): {name}, {moment}</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Кожа</translation>
    </message>
    <message>
        <source>Face chart</source>
        <translation>Схема лица</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Тип кожи</translation>
    </message>
    <message>
        <source>Wrinkle type</source>
        <translation>Тип морщин</translation>
    </message>
    <message>
        <source>Baumann skin type</source>
        <translation>Тип кожи по Бауманн</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>What you see: pores, rashes, scars, dehydration, zones…</source>
        <translation>Что видно: поры, высыпания, рубцы, обезвоженность, зоны…</translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>Skin assessments are seen only by specialists and the owner.</source>
        <translation>Оценки состояния кожи видят только специалисты и владелец.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>New skin assessment</source>
        <translation>Новая оценка кожи</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Read the chosen assessment; on the day it was recorded, correct it</source>
        <translation>Просмотреть выбранную оценку; в день записи — исправить</translation>
    </message>
</context>
<context>
    <name>BaumannPicker</name>
    <message>
        <source>Type: {letters}</source>
        <translation>Тип: {letters}</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Take a photo</source>
        <translation>Сделать фото</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Сделать снимок</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Пробел или Enter</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Переснять</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Использовать это фото</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Зеркально</translation>
    </message>
    <message>
        <source>Show the picture as a mirror does; the photo is kept as it is</source>
        <translation>Показывать изображение как в зеркале; само фото сохраняется без отражения</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Камера:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Разрешение:</translation>
    </message>
    <message>
        <source>Show previous photo</source>
        <translation>Показать прошлое фото</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Видимость:</translation>
    </message>
    <message>
        <source>Opacity of the previous photo</source>
        <translation>Видимость прошлого фото</translation>
    </message>
    <message>
        <source>The photo is kept as the camera sees it, not mirrored.</source>
        <translation>Фото сохраняется так, как его видит камера, — без зеркального отражения.</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Камера включается…</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Камера {number}</translation>
    </message>
    <message>
        <source>A video file: {size}</source>
        <translation>Видеофайл: {size}</translation>
    </message>
    <message>
        <source>The camera gives {size}</source>
        <translation>Камера даёт {size}</translation>
    </message>
    <message>
        <source>The camera is in use by another program. Close that program (a video call, another camera application) and press Try again, or choose a photo from a file.</source>
        <translation>Камера занята другой программой. Закройте эту программу (видеозвонок, другое приложение для камеры) и нажмите «Повторить» или выберите фото из файла.</translation>
    </message>
    <message>
        <source>The camera stopped sending pictures: it may have been unplugged. Check its cable and press Try again, or choose a photo from a file.</source>
        <translation>Камера перестала передавать изображение: возможно, её отключили. Проверьте кабель и нажмите «Повторить» или выберите фото из файла.</translation>
    </message>
    <message>
        <source>No camera was found. Connect a camera and press Try again, or choose a photo from a file.</source>
        <translation>Камера не найдена. Подключите камеру и нажмите «Повторить» или выберите фото из файла.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>Изображение с камеры</translation>
    </message>
</context>
<context>
    <name>CardPortrait</name>
    <message>
        <source>Drop a photo file here to make it the client&apos;s photo</source>
        <translation>Перетащите сюда файл с фото, чтобы сделать его фото клиента</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Сфотографировать</translation>
    </message>
    <message>
        <source>Take the client&apos;s photo with the camera</source>
        <translation>Сфотографировать клиента камерой</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
</context>
<context>
    <name>CardTemplatesEditor</name>
    <message>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>A new client&apos;s questionnaire starts from a template. With several, Ctrl+N asks which one.</source>
        <translation>Анкета нового клиента начинается с шаблона. Если шаблонов несколько, Ctrl+N спросит, какой взять.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Select a template to change it, or add a new one.</source>
        <translation>Выберите шаблон, чтобы изменить его, или добавьте новый.</translation>
    </message>
    <message>
        <source>Offered first when there are several</source>
        <translation>Предлагать первым, если шаблонов несколько</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Скидка:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Группы:</translation>
    </message>
    <message>
        <source>Consents ticked:</source>
        <translation>Отмеченные согласия:</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Свои поля:</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Templates for new cards</source>
        <translation>Шаблоны новых карточек</translation>
    </message>
    <message>
        <source>{name} (offered first)</source>
        <translation>{name} (предлагается первым)</translation>
    </message>
    <message>
        <source>The template “{name}” is saved.</source>
        <translation>Шаблон «{name}» сохранён.</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Clients created from it keep their data.</source>
        <translation>Удалить шаблон «{name}»? Данные клиентов, созданных по нему, сохранятся.</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Удаление шаблона</translation>
    </message>
    <message>
        <source>The template “{name}” is deleted.</source>
        <translation>Шаблон «{name}» удалён.</translation>
    </message>
</context>
<context>
    <name>CatalogueLabels</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>CatalogueSection</name>
    <message>
        <source>Show those not in use</source>
        <translation>Показать неиспользуемые</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Use again</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <source>Offer it again when a procedure is recorded</source>
        <translation>Снова предлагать при записи процедуры</translation>
    </message>
    <message>
        <source>Stop using</source>
        <translation>Убрать из работы</translation>
    </message>
    <message>
        <source>Recording no longer offers it; past procedures keep it</source>
        <translation>Больше не предлагается при записи; в прошлых процедурах сохраняется</translation>
    </message>
    <message>
        <source>“{name}” is saved.</source>
        <translation>«{name}»: сохранено.</translation>
    </message>
    <message>
        <source>“{name}” is offered again.</source>
        <translation>«{name}» снова предлагается.</translation>
    </message>
    <message>
        <source>“{name}” is no longer offered; the procedures already recorded keep it. Tick “Show those not in use” to bring it back.</source>
        <translation>«{name}» больше не предлагается; в уже записанных процедурах сохраняется. Отметьте «Показать неиспользуемые», чтобы вернуть.</translation>
    </message>
</context>
<context>
    <name>ChartCanvas</name>
    <message>
        <source>R</source>
        <translation>П</translation>
    </message>
    <message>
        <source>L</source>
        <translation>Л</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <source>New value…</source>
        <translation>Новое значение…</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Добавить значение</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
</context>
<context>
    <name>ClientActions</name>
    <message>
        <source>The owner has changed your account. Lock the program (Ctrl+L) and log in again.</source>
        <translation>Владелец изменил вашу учётную запись. Заблокируйте программу (Ctrl+L) и войдите снова.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask the owner or the administrator.</source>
        <translation>Ваша роль не позволяет это сделать. Обратитесь к владельцу или администратору.</translation>
    </message>
    <message>
        <source>The client has not consented to clinical photos (or has withdrawn it). Record the consent in the questionnaire first.</source>
        <translation>Клиент не давал согласия на клинические фото (или отозвал его). Сначала отметьте согласие в анкете.</translation>
    </message>
    <message>
        <source>The client has not consented to the use of photos in advertising (or has withdrawn it). Record the consent in the questionnaire first.</source>
        <translation>Клиент не давал согласия на использование фото в рекламе (или отозвал его). Сначала отметьте согласие в анкете.</translation>
    </message>
    <message>
        <source>The client has not consented to the processing of health data (or has withdrawn it). Record the consent in the questionnaire first.</source>
        <translation>Клиент не давал согласия на обработку данных о здоровье (или отозвал его). Сначала отметьте согласие в анкете.</translation>
    </message>
    <message>
        <source>This card no longer exists. Reload the list and try again.</source>
        <translation>Этой карточки больше нет. Обновите список и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Someone changed this card meanwhile. Look at it again and retry.</source>
        <translation>Карточку тем временем изменил другой пользователь. Просмотрите её ещё раз и повторите действие.</translation>
    </message>
    <message>
        <source>The change was refused: {details}</source>
        <translation>Изменение отклонено: {details}</translation>
    </message>
    <message>
        <source>No. {number} {name}</source>
        <translation>№ {number} {name}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ClientCardView</name>
    <message>
        <source>Choose a client in the list to see the card.</source>
        <translation>Выберите клиента в списке, чтобы открыть карточку.</translation>
    </message>
    <message>
        <source>Card actions</source>
        <translation>Действия с карточкой</translation>
    </message>
    <message>
        <source>Edit questionnaire</source>
        <translation>Изменить анкету</translation>
    </message>
    <message>
        <source>Call made</source>
        <translation>Звонок сделан</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>В архив…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Merge with another card…</source>
        <translation>Объединить с другой карточкой…</translation>
    </message>
    <message>
        <source>Visible note: shown wherever the client is picked</source>
        <translation>Видимая заметка: показывается везде, где выбирают клиента</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>age {age}, born {date}</source>
        <translation>возраст {age}, род. {date}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>род. {date}</translation>
    </message>
    <message>
        <source>came from: {source}</source>
        <translation>источник: {source}</translation>
    </message>
    <message>
        <source>next call {date}</source>
        <translation>следующий звонок {date}</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Чёрный список</translation>
    </message>
    <message>
        <source>Class {cls}</source>
        <translation>Класс {cls}</translation>
    </message>
    <message>
        <source>Discount {percent}%</source>
        <translation>Скидка {percent}%</translation>
    </message>
    <message>
        <source>Child of {link}</source>
        <translation>Ребёнок клиента {link}</translation>
    </message>
    <message>
        <source>Children: {links}</source>
        <translation>Дети: {links}</translation>
    </message>
    <message>
        <source>No. {number} {name}</source>
        <translation>№ {number} {name}</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>Click to copy {number}</source>
        <translation>Нажмите, чтобы скопировать {number}</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <source>main</source>
        <translation>основной</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>Периодичность звонков (дней)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Name day</source>
        <translation>Именины</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Карта лояльности</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Следующий звонок</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>No contacts entered.</source>
        <translation>Контакты не указаны.</translation>
    </message>
    <message>
        <source>issued {date}</source>
        <translation>выдан {date}</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>код подразделения {code}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>действителен до {date}</translation>
    </message>
    <message>
        <source>registered at {address}</source>
        <translation>адрес регистрации: {address}</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>бессрочно</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>срок истёк {date}</translation>
    </message>
    <message>
        <source>expires on {date}</source>
        <translation>срок истекает {date}</translation>
    </message>
    <message>
        <source>No documents entered.</source>
        <translation>Документы не указаны.</translation>
    </message>
    <message>
        <source>Family and contact persons</source>
        <translation>Семья и контактные лица</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>No family links or contact persons.</source>
        <translation>Нет семейных связей и контактных лиц.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>given {date}</source>
        <translation>дано {date}</translation>
    </message>
    <message>
        <source>{given}, document {number}</source>
        <translation>{given}, документ № {number}</translation>
    </message>
    <message>
        <source>{given}, withdrawn {date}</source>
        <translation>{given}, отозвано {date}</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Согласия не оформлены.</translation>
    </message>
    <message>
        <source>More about the client</source>
        <translation>Дополнительно о клиенте</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Служебные заметки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Documents of the client</source>
        <translation>Документы клиента</translation>
    </message>
    <message>
        <source>BLACKLIST: this client is on the salon&apos;s blacklist.</source>
        <translation>ЧЁРНЫЙ СПИСОК: клиент внесён в чёрный список салона.</translation>
    </message>
    <message>
        <source>Consent expired: {purpose}, valid until {date}.</source>
        <translation>Истёк срок согласия: {purpose}, действовало до {date}.</translation>
    </message>
    <message>
        <source>Expired: {document}, valid until {date}.</source>
        <translation>Просрочен документ: {document}, срок действия до {date}.</translation>
    </message>
    <message>
        <source>Merged into {link} on {date}.</source>
        <translation>Карточка объединена с {link} {date}.</translation>
    </message>
    <message>
        <source>Archived on {date}: {reason}</source>
        <translation>В архиве с {date}: {reason}</translation>
    </message>
    <message>
        <source>Archived on {date}.</source>
        <translation>В архиве с {date}.</translation>
    </message>
    <message>
        <source>Open that client</source>
        <translation>Открыть карточку этого клиента</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Copied {number}</source>
        <translation>Скопировано: {number}</translation>
    </message>
    <message>
        <source>No program on this computer opens {url}.</source>
        <translation>На этом компьютере нет программы, которая может открыть {url}.</translation>
    </message>
    <message>
        <source>Call noted; next call on {date}.</source>
        <translation>Звонок отмечен; следующий звонок {date}.</translation>
    </message>
    <message>
        <source>Call noted.</source>
        <translation>Звонок отмечен.</translation>
    </message>
    <message>
        <source>The client is back in the working list.</source>
        <translation>Клиент снова в рабочем списке.</translation>
    </message>
    <message>
        <source>The cards are merged.</source>
        <translation>Карточки объединены.</translation>
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
        <translation>Чёрный список</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <source>Birthday this week</source>
        <translation>День рождения на этой неделе</translation>
    </message>
    <message>
        <source>Expired documents</source>
        <translation>Просроченные документы</translation>
    </message>
    <message>
        <source>Has debt</source>
        <translation>Есть долг</translation>
    </message>
    <message>
        <source>Clients who owe the salon for their procedures</source>
        <translation>Клиенты, которые должны салону за процедуры</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Show the archive instead of the working list</source>
        <translation>Показать архив вместо рабочего списка</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Source: how the client found the salon</source>
        <translation>Источник: откуда клиент узнал о салоне</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Importance class</source>
        <translation>Класс важности</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Любая группа</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (скрыто)</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>Любой класс</translation>
    </message>
</context>
<context>
    <name>ClientHistory</name>
    <message>
        <source>Client number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Name day</source>
        <translation>Именины</translation>
    </message>
    <message>
        <source>Name day (month)</source>
        <translation>Именины (месяц)</translation>
    </message>
    <message>
        <source>Name day (day)</source>
        <translation>Именины (день)</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Main phone</source>
        <translation>Основной телефон</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Чёрный список</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Карта лояльности</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>Периодичность звонков (дней)</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Следующий звонок</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Служебные заметки</translation>
    </message>
    <message>
        <source>Visible notes</source>
        <translation>Видимые заметки</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Дата переноса в архив</translation>
    </message>
    <message>
        <source>Reason for archiving</source>
        <translation>Причина переноса в архив</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Объединена с карточкой</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Кем создана</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кем изменена</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Social profile</source>
        <translation>Профиль в соцсети</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Document with expiry</source>
        <translation>Документ со сроком действия</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Дополнительное поле</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>Added to groups</source>
        <translation>Добавлено в группы</translation>
    </message>
    <message>
        <source>Removed from groups</source>
        <translation>Исключено из групп</translation>
    </message>
    <message>
        <source>Document No. {number}</source>
        <translation>Документ № {number}</translation>
    </message>
    <message>
        <source>Merged with client {client}</source>
        <translation>Объединено с клиентом {client}</translation>
    </message>
    <message>
        <source>Archived: {reason}</source>
        <translation>Перенесено в архив: {reason}</translation>
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
        <translation>тип</translation>
    </message>
    <message>
        <source>main</source>
        <translation>основной</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
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
        <translation>адрес</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <source>street</source>
        <translation>улица</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>индекс</translation>
    </message>
    <message>
        <source>network</source>
        <translation>соцсеть</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>профиль</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>вид согласия</translation>
    </message>
    <message>
        <source>given</source>
        <translation>дано</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>кто записал</translation>
    </message>
    <message>
        <source>evidencing document</source>
        <translation>подтверждающий документ</translation>
    </message>
    <message>
        <source>series</source>
        <translation>серия</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>дата выдачи</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>кем выдан</translation>
    </message>
    <message>
        <source>department code</source>
        <translation>код подразделения</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>действителен до</translation>
    </message>
    <message>
        <source>registration address</source>
        <translation>адрес регистрации</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>role</source>
        <translation>кем приходится</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлен из архива</translation>
    </message>
    <message>
        <source>Viewed: {section}</source>
        <translation>Просмотр: {section}</translation>
    </message>
    <message>
        <source>Card created</source>
        <translation>Карточка создана</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>{section} added</source>
        <translation>{section}: добавлено</translation>
    </message>
    <message>
        <source>{section} removed</source>
        <translation>{section}: удалено</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(система)</translation>
    </message>
    <message>
        <source>From a duplicate card merged into this one.</source>
        <translation>Из карточки-дубликата, объединённой с этой.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>Became</source>
        <translation>Стало</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>Filters ({count})</source>
        <translation>Фильтры ({count})</translation>
    </message>
    <message>
        <source>Show or hide the filters (Ctrl+Shift+F)</source>
        <translation>Показать или скрыть фильтры (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Archived: {count}</source>
        <translation>В архиве: {count}</translation>
    </message>
    <message>
        <source>Clients: {count}</source>
        <translation>Клиентов: {count}</translation>
    </message>
    <message>
        <source>No clients match “{text}”.</source>
        <translation>По запросу «{text}» клиенты не найдены.</translation>
    </message>
    <message>
        <source>Showing results for “{text}”</source>
        <translation>Результаты поиска по запросу «{text}»</translation>
    </message>
    <message>
        <source>No clients match these filters.</source>
        <translation>Нет клиентов, подходящих под эти фильтры.</translation>
    </message>
    <message>
        <source>No clients yet. Press Ctrl+N to add the first one.</source>
        <translation>Клиентов пока нет. Нажмите Ctrl+N, чтобы добавить первого.</translation>
    </message>
    <message>
        <source>1 archived client matches — show it</source>
        <translation>В архиве есть 1 подходящий клиент — показать</translation>
    </message>
    <message numerus="yes">
        <source>%n archived clients match — show them</source>
        <translation>
            <numerusform>В архиве %n подходящий клиент — показать</numerusform>
            <numerusform>В архиве %n подходящих клиента — показать</numerusform>
            <numerusform>В архиве %n подходящих клиентов — показать</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded: {error}</source>
        <translation>Не удалось загрузить список: {error}</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Choose a client</source>
        <translation>Выбор клиента</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Найти клиента</translation>
    </message>
    <message>
        <source>Name, phone, e-mail or client number</source>
        <translation>Имя, телефон, e-mail или номер клиента</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Найденные клиенты</translation>
    </message>
    <message>
        <source>Start typing to find the client.</source>
        <translation>Начните вводить, чтобы найти клиента.</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling or try the phone.</source>
        <translation>Никого не найдено. Проверьте написание или попробуйте поиск по телефону.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Near match: one letter differs from what was typed</source>
        <translation>Похожее совпадение: одна буква отличается от введённого</translation>
    </message>
    <message>
        <source>Archived client</source>
        <translation>Клиент в архиве</translation>
    </message>
    <message>
        <source>Flags: VIP, blacklist, child, expired documents, allergies, contraindications</source>
        <translation>Отметки: VIP, чёрный список, ребёнок, просроченные документы, аллергии, противопоказания</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Сортировка по этому столбцу недоступна</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рожд.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
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
        <translation>Найти состояние…</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>Без правила</translation>
    </message>
    <message>
        <source>Warns</source>
        <translation>Предупреждает</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Запрещает</translation>
    </message>
</context>
<context>
    <name>ConsentGate</name>
    <message>
        <source>Consent needed</source>
        <translation>Нужно согласие</translation>
    </message>
    <message>
        <source>Open the questionnaire</source>
        <translation>Открыть анкету</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>ConsentNotice</name>
    <message>
        <source>The client has not consented to the processing of health data (or has withdrawn it): nothing can be recorded until the consent is.</source>
        <translation>Клиент не дал согласия на обработку данных о здоровье (или отозвал его): пока согласие не оформлено, ничего записать нельзя.</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Оформить согласие…</translation>
    </message>
    <message>
        <source>Consent to the processing of health data</source>
        <translation>Согласие на обработку данных о здоровье</translation>
    </message>
    <message>
        <source>Record that {name} consents to the processing of health data as of today?

Do it only when the client has signed the consent.</source>
        <translation>Отметить, что {name} даёт согласие на обработку данных о здоровье с сегодняшнего дня?

Делайте это, только если клиент подписал согласие.</translation>
    </message>
</context>
<context>
    <name>ContactPersonRow</name>
    <message>
        <source>Contact person&apos;s name</source>
        <translation>Имя контактного лица</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>e.g. mother, husband</source>
        <translation>например, мать, муж</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone</source>
        <translation>Телефон контактного лица</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail</source>
        <translation>E-mail контактного лица</translation>
    </message>
    <message>
        <source>Contact person note</source>
        <translation>Примечание к контактному лицу</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Кем приходится:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Fill a document: {name}</source>
        <translation>Заполнить документ: {name}</translation>
    </message>
    <message>
        <source>Leave the rest blank to fill in by hand</source>
        <translation>Оставить остальное пустым, заполнить от руки</translation>
    </message>
    <message>
        <source>The client has signed a printed copy</source>
        <translation>Клиент подписал распечатанный экземпляр</translation>
    </message>
    <message>
        <source>Refresh preview</source>
        <translation>Обновить предпросмотр</translation>
    </message>
    <message>
        <source>Save to the card</source>
        <translation>Сохранить в карточку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>The salon has no active templates; the owner adds them in Settings.</source>
        <translation>В салоне нет активных шаблонов; владелец добавляет их в настройках.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <source>The preview waits for the values missing on the left: fill them in, or tick “Leave the rest blank to fill in by hand”.</source>
        <translation>Для предпросмотра не хватает значений слева: заполните их или отметьте «Оставить остальное пустым, заполнить от руки».</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>Не удалось построить предпросмотр.</translation>
    </message>
    <message>
        <source>Fill this in, or tick “Leave the rest blank to fill in by hand”.</source>
        <translation>Заполните это поле или отметьте «Оставить остальное пустым, заполнить от руки».</translation>
    </message>
    <message>
        <source>Some values are missing (see above); the document was not saved.</source>
        <translation>Не хватает некоторых значений (см. выше); документ не сохранён.</translation>
    </message>
    <message>
        <source>The questionnaire did not take these values; see above.</source>
        <translation>Анкета не приняла эти значения; см. выше.</translation>
    </message>
    <message>
        <source>Saved as No. {number}</source>
        <translation>Сохранён под № {number}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close without saving? The values typed and the signatures will be lost.</source>
        <translation>Закрыть без сохранения? Введённые значения и подписи будут потеряны.</translation>
    </message>
</context>
<context>
    <name>ContraindicationDialog</name>
    <message>
        <source>Contraindications</source>
        <translation>Противопоказания</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Нельзя</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Запрет</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Осторожно</translation>
    </message>
    <message>
        <source>Reason to proceed</source>
        <translation>Причина продолжить</translation>
    </message>
    <message>
        <source>Go back and correct the lot</source>
        <translation>Вернуться и исправить партию</translation>
    </message>
    <message>
        <source>Why go ahead anyway? The reason is kept in the record:</source>
        <translation>Почему всё же продолжить? Причина сохранится в карте:</translation>
    </message>
    <message>
        <source>Proceed anyway</source>
        <translation>Всё равно продолжить</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
    <message>
        <source>Proceed</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>This procedure cannot be recorded as it is:</source>
        <translation>Эту процедуру нельзя записать в таком виде:</translation>
    </message>
    <message>
        <source>The client&apos;s health record rules this procedure out:</source>
        <translation>По данным о здоровье клиента процедура противопоказана:</translation>
    </message>
    <message>
        <source>Take care: the client&apos;s health record calls for caution.</source>
        <translation>Внимание: данные о здоровье клиента требуют осторожности.</translation>
    </message>
    <message>
        <source>Allergy to {substance}, which {product} contains</source>
        <translation>Аллергия на {substance} — компонент препарата {product}</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} was recalled on {date}</source>
        <translation>Партия {lot} препарата {product} отозвана {date}</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} expired on {date}</source>
        <translation>Срок годности партии {lot} препарата {product} истёк {date}</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Израиль</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Crop the photo</source>
        <translation>Обрезка фото</translation>
    </message>
    <message>
        <source>Use this crop</source>
        <translation>Применить</translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>Crop frame</source>
        <translation>Рамка обрезки</translation>
    </message>
    <message>
        <source>Drag the frame or its corners. Arrow keys move it, Shift+arrows resize it.</source>
        <translation>Перетаскивайте рамку или её углы. Стрелки двигают рамку, Shift+стрелки меняют её размер.</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation>Украинская гривна</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>Польский злотый</translation>
    </message>
    <message>
        <source>Russian rouble</source>
        <translation>Российский рубль</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Евро</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Доллар США</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Фунт стерлингов</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Швейцарский франк</translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation>Чешская крона</translation>
    </message>
    <message>
        <source>Hungarian forint</source>
        <translation>Венгерский форинт</translation>
    </message>
    <message>
        <source>Romanian leu</source>
        <translation>Румынский лей</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Шведская крона</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Норвежская крона</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Датская крона</translation>
    </message>
    <message>
        <source>Belarusian rouble</source>
        <translation>Белорусский рубль</translation>
    </message>
    <message>
        <source>Moldovan leu</source>
        <translation>Молдавский лей</translation>
    </message>
    <message>
        <source>Georgian lari</source>
        <translation>Грузинский лари</translation>
    </message>
    <message>
        <source>Armenian dram</source>
        <translation>Армянский драм</translation>
    </message>
    <message>
        <source>Azerbaijani manat</source>
        <translation>Азербайджанский манат</translation>
    </message>
    <message>
        <source>Kazakhstani tenge</source>
        <translation>Казахстанский тенге</translation>
    </message>
    <message>
        <source>Uzbekistani som</source>
        <translation>Узбекский сум</translation>
    </message>
    <message>
        <source>Turkish lira</source>
        <translation>Турецкая лира</translation>
    </message>
    <message>
        <source>Israeli new shekel</source>
        <translation>Новый израильский шекель</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Канадский доллар</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Японская иена</translation>
    </message>
</context>
<context>
    <name>CustomFieldsEditor</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Новое поле</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hidden fields keep their values but leave the forms.</source>
        <translation>Скрытые поля сохраняют значения, но не показываются в формах.</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Показать скрытые</translation>
    </message>
    <message>
        <source>Required in the questionnaire</source>
        <translation>Обязательно в анкете</translation>
    </message>
    <message>
        <source>A questionnaire without this field filled in is not saved.</source>
        <translation>Анкета не сохранится, пока это поле не заполнено.</translation>
    </message>
    <message>
        <source>The key and the type cannot be changed after the field is created: stored values and contract templates depend on them.</source>
        <translation>Ключ и тип нельзя изменить после создания поля: от них зависят сохранённые значения и шаблоны договоров.</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Значения:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <source>Contract templates refer to the field by this key.</source>
        <translation>Шаблоны договоров обращаются к полю по этому ключу.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Renaming or removing a value does not change clients who already have the old one.</source>
        <translation>Переименование или удаление значения не затрагивает клиентов, у которых уже указано прежнее.</translation>
    </message>
    <message>
        <source>Save field</source>
        <translation>Сохранить поле</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Select a field to change it.</source>
        <translation>Выберите поле, чтобы изменить его.</translation>
    </message>
    <message>
        <source>Select a field to change it, or add a new one.</source>
        <translation>Выберите поле, чтобы изменить его, или добавьте новое.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Да / нет</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <source>Hidden: kept with its values, not on forms.</source>
        <translation>Скрыто: значения сохранены, в формах не показывается.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Показать снова</translation>
    </message>
    <message>
        <source>Choose the key and the type with care: they cannot be changed once the field is saved.</source>
        <translation>Выбирайте ключ и тип внимательно: после сохранения поля их нельзя изменить.</translation>
    </message>
    <message>
        <source>The field “{label}” is saved.</source>
        <translation>Поле «{label}» сохранено.</translation>
    </message>
    <message>
        <source>The field “{label}” is on the forms again.</source>
        <translation>Поле «{label}» снова показывается в формах.</translation>
    </message>
    <message>
        <source>The field “{label}” is hidden: clients keep their values; “Show hidden” brings it back.</source>
        <translation>Поле «{label}» скрыто: значения у клиентов сохранены; вернуть его можно через «Показать скрытые».</translation>
    </message>
</context>
<context>
    <name>CustomFieldsForm</name>
    <message>
        <source>The salon has no fields of its own yet. The owner can add them in Settings → Custom fields.</source>
        <translation>У салона пока нет собственных полей. Владелец может добавить их в разделе Настройки → Дополнительные поля.</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>{path} is a file, not a folder. Move the file away or choose another data folder.</source>
        <translation>{path} — это файл, а не папка. Переместите файл или выберите другую папку данных.</translation>
    </message>
    <message>
        <source>The data folder {path} does not exist and cannot be created. Choose a folder on a disk you can write to.</source>
        <translation>Папки данных {path} нет, и создать её не удаётся. Выберите папку на диске, куда разрешена запись.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only: nothing could be saved there. Allow writing to it or choose another folder.</source>
        <translation>Папка данных {path} доступна только для чтения: сохранить в ней ничего нельзя. Разрешите запись в неё или выберите другую папку.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. Free some space and start the program again.</source>
        <translation>Диск, на котором находится {path}, заполнен. Освободите место и запустите программу снова.</translation>
    </message>
    <message>
        <source>{path} is not a salon database: it is damaged or another kind of file. Restore it from a backup or choose another data folder.</source>
        <translation>{path} — не база данных салона: файл повреждён или это файл другого типа. Восстановите его из резервной копии или выберите другую папку данных.</translation>
    </message>
    <message>
        <source>The salon&apos;s database in {path} cannot be opened. Check that the disk is connected and start the program again.</source>
        <translation>Не удаётся открыть базу данных салона в {path}. Проверьте, подключён ли диск, и запустите программу снова.</translation>
    </message>
    <message>
        <source>The salon&apos;s server {path} cannot be reached or refused the connection. Check that the server is running and that the user name, password and database name are right.</source>
        <translation>Сервер салона {path} недоступен или отказал в подключении. Проверьте, что сервер запущен и что имя пользователя, пароль и имя базы данных указаны верно.</translation>
    </message>
    <message>
        <source>The database {path} on the server holds another program&apos;s tables or a newer version of this program&apos;s. Choose another database or update the program.</source>
        <translation>База данных {path} на сервере содержит таблицы другой программы или более новой версии этой. Выберите другую базу данных или обновите программу.</translation>
    </message>
    <message>
        <source>The server settings in {path} are damaged. Connect the data folder to the salon&apos;s server again.</source>
        <translation>Настройки сервера в {path} повреждены. Подключите папку данных к серверу салона заново.</translation>
    </message>
    <message>
        <source>The folder {path} for the salon&apos;s photos and files does not exist or cannot be reached. Check that the shared folder is connected, or choose another one.</source>
        <translation>Папка {path} для фотографий и файлов салона не существует или недоступна. Проверьте, что общая папка подключена, или выберите другую.</translation>
    </message>
    <message>
        <source>The folder {path} for the salon&apos;s photos and files is read-only: nothing could be saved there. Allow writing to it or choose another folder.</source>
        <translation>Папка {path} для фотографий и файлов салона доступна только для чтения: сохранить в неё ничего нельзя. Разрешите запись в неё или выберите другую папку.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} is empty (0 bytes): the salon&apos;s data is not in it. Restore it from a backup; to start a new salon instead, remove the file.</source>
        <translation>База данных салона {path} пуста (0 байт): данных салона в ней нет. Восстановите её из резервной копии; чтобы начать новый салон, удалите файл.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} is damaged: its check found errors. Restore the latest good backup or save what can still be read.</source>
        <translation>База данных салона {path} повреждена: проверка нашла ошибки. Восстановите последнюю исправную резервную копию или сохраните то, что ещё читается.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} was written by a newer version of the program. Install that version (or a later one) to open it; this one will not change it.</source>
        <translation>База данных салона {path} записана более новой версией программы. Установите эту версию (или новее), чтобы открыть её; эта версия её не изменит.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} is read-only and was written by an older version of the program, so it cannot be brought up to date. Allow writing to the folder.</source>
        <translation>База данных салона {path} доступна только для чтения и записана старой версией программы, поэтому её нельзя обновить. Разрешите запись в папку.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} cannot be protected against power cuts on this disk. Move the data folder to a local disk.</source>
        <translation>На этом диске базу данных салона {path} нельзя защитить от отключения питания. Перенесите папку данных на локальный диск.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} is busy with another program. Nothing was saved; try again in a moment.</source>
        <translation>База данных салона {path} занята другой программой. Ничего не сохранено; повторите через минуту.</translation>
    </message>
    <message>
        <source>A photo or file of the salon is missing from {path}. Restore the media folder from a backup.</source>
        <translation>В {path} не хватает фото или файла салона. Восстановите папку медиафайлов из резервной копии.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Выбрать дату</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Fill contract…</source>
        <translation>Заполнить договор…</translation>
    </message>
    <message>
        <source>Fill a contract or a consent for the client on the card (Ctrl+Shift+D)</source>
        <translation>Заполнить договор или согласие для клиента в карточке (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Print questionnaire…</source>
        <translation>Печать анкеты…</translation>
    </message>
    <message>
        <source>The questionnaire of the client on the card as a PDF to print (Ctrl+P)</source>
        <translation>Анкета клиента из карточки в PDF для печати (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print cosmetology record…</source>
        <translation>Печать косметологической карты…</translation>
    </message>
    <message>
        <source>The cosmetology record of the client on the card as a PDF to print (Ctrl+Alt+P)</source>
        <translation>Косметологическая карта клиента из карточки в PDF для печати (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Шаблоны документов</translation>
    </message>
    <message>
        <source>PDF forms</source>
        <translation>PDF-бланки</translation>
    </message>
</context>
<context>
    <name>DocumentOutput</name>
    <message>
        <source>The document could not be printed. Check the printer and retry.</source>
        <translation>Документ не удалось напечатать. Проверьте принтер и повторите.</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Сохранить документ как</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
</context>
<context>
    <name>DocumentsPart</name>
    <message>
        <source>Fill a PDF form…</source>
        <translation>Заполнить PDF-бланк…</translation>
    </message>
    <message>
        <source>Fill one of the salon&apos;s PDF forms for this client</source>
        <translation>Заполнить один из PDF-бланков салона для этого клиента</translation>
    </message>
</context>
<context>
    <name>DocumentsRegistry</name>
    <message>
        <source>Filled documents</source>
        <translation>Заполненные документы</translation>
    </message>
    <message>
        <source>No documents have been made for this client yet.</source>
        <translation>Для этого клиента ещё не составлено ни одного документа.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Составил</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source>Signed by the client</source>
        <translation>Подписан клиентом</translation>
    </message>
    <message>
        <source>PDF form</source>
        <translation>Форма PDF</translation>
    </message>
    <message>
        <source>v.{version}</source>
        <translation>вер. {version}</translation>
    </message>
    <message>
        <source>The file of document {number} is missing from the data folder. Restore the data folder from a backup to get it back.</source>
        <translation>Файла документа {number} нет в папке данных. Чтобы вернуть его, восстановите папку данных из резервной копии.</translation>
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
        <translation>Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Other / not stated</source>
        <translation>Другой / не указан</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобильный</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Домашний</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Домашний адрес</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Рабочий адрес</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <source>Registration address</source>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <source>VK</source>
        <translation>ВКонтакте</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>A — key client</source>
        <translation>A — ключевой клиент</translation>
    </message>
    <message>
        <source>B — regular client</source>
        <translation>B — постоянный клиент</translation>
    </message>
    <message>
        <source>C — occasional client</source>
        <translation>C — нерегулярный клиент</translation>
    </message>
    <message>
        <source>Processing of personal data</source>
        <translation>Обработка персональных данных</translation>
    </message>
    <message>
        <source>Processing of health data (anamnesis, allergies)</source>
        <translation>Обработка данных о здоровье (анамнез, аллергии)</translation>
    </message>
    <message>
        <source>Clinical photos in the cosmetology record</source>
        <translation>Клинические фото в косметологической карте</translation>
    </message>
    <message>
        <source>Before/after photos in advertising and social networks</source>
        <translation>Фото «до/после» в рекламе и соцсетях</translation>
    </message>
    <message>
        <source>Advertising SMS and messenger messages</source>
        <translation>Рекламные SMS и сообщения в мессенджерах</translation>
    </message>
    <message>
        <source>Advertising e-mails</source>
        <translation>Рекламные письма по e-mail</translation>
    </message>
    <message>
        <source>Sharing data with third parties</source>
        <translation>Передача данных третьим лицам</translation>
    </message>
    <message>
        <source>Reminders and notifications about visits</source>
        <translation>Напоминания и уведомления о визитах</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID-карта</translation>
    </message>
    <message>
        <source>Passport for travelling abroad</source>
        <translation>Заграничный паспорт</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>Медицинская справка</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Страховой полис</translation>
    </message>
    <message>
        <source>Signed consent</source>
        <translation>Подписанное согласие</translation>
    </message>
    <message>
        <source>Safety briefing</source>
        <translation>Инструктаж по технике безопасности</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The owner has changed your account. Log in again to go on.</source>
        <translation>Владелец изменил вашу учётную запись. Войдите снова, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Something went wrong, but your data is safe: every change is saved whole or not at all. The details are in {path}; please show them to whoever looks after this computer.</source>
        <translation>Что-то пошло не так, но ваши данные в сохранности: каждое изменение сохраняется целиком или не сохраняется вовсе. Подробности записаны в {path}; покажите их тому, кто обслуживает этот компьютер.</translation>
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
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Document note</source>
        <translation>Примечание к документу</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Дата выдачи:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действителен до:</translation>
    </message>
</context>
<context>
    <name>FaceChartTexts</name>
    <message>
        <source>Front</source>
        <translation>Анфас</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Левая сторона</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Правая сторона</translation>
    </message>
    <message>
        <source>intradermal</source>
        <translation>внутрикожно</translation>
    </message>
    <message>
        <source>subcutaneous</source>
        <translation>подкожно</translation>
    </message>
    <message>
        <source>supraperiosteal</source>
        <translation>супрапериостально</translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation>внутримышечно</translation>
    </message>
    <message>
        <source>Injection point</source>
        <translation>Точка инъекции</translation>
    </message>
    <message>
        <source>Problem zone</source>
        <translation>Проблемная зона</translation>
    </message>
    <message>
        <source>Treated area</source>
        <translation>Обработанная зона</translation>
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
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>No markers on this view.</source>
        <translation>На этом виде меток нет.</translation>
    </message>
    <message>
        <source>Select and move markers</source>
        <translation>Выбор и перемещение меток</translation>
    </message>
    <message>
        <source>Click a marker to select it, drag to move it; double-click or Enter edits it.</source>
        <translation>Щёлкните метку, чтобы выбрать её, перетащите, чтобы переместить; двойной щелчок или Enter — изменить.</translation>
    </message>
    <message>
        <source>Click where the product was injected.</source>
        <translation>Щёлкните там, куда был введён препарат.</translation>
    </message>
    <message>
        <source>Click the spot to note as a problem zone.</source>
        <translation>Щёлкните место, которое нужно отметить как проблемную зону.</translation>
    </message>
    <message>
        <source>Hold the mouse button down and draw around the treated area.</source>
        <translation>Удерживая кнопку мыши, обведите обработанную зону.</translation>
    </message>
    <message>
        <source>Edit marker {number}</source>
        <translation>Изменение метки {number}</translation>
    </message>
    <message>
        <source>Add injection point</source>
        <translation>Добавление точки инъекции</translation>
    </message>
    <message>
        <source>Add problem zone</source>
        <translation>Добавление проблемной зоны</translation>
    </message>
    <message>
        <source>Add treated area</source>
        <translation>Добавление обработанной зоны</translation>
    </message>
    <message>
        <source>Move marker {number}</source>
        <translation>Перемещение метки {number}</translation>
    </message>
    <message>
        <source>Delete marker {number}</source>
        <translation>Удаление метки {number}</translation>
    </message>
    <message>
        <source>{view} ({count})</source>
        <translation>{view} ({count})</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>Отменить: {what}</translation>
    </message>
    <message>
        <source>Redo: {what}</source>
        <translation>Повторить: {what}</translation>
    </message>
</context>
<context>
    <name>FieldMapTable</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Стр.</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Поле подстановки</translation>
    </message>
    <message>
        <source>{name} (check box: ticked when the value is not empty)</source>
        <translation>{name} (флажок: отмечается, если значение не пустое)</translation>
    </message>
    <message>
        <source>— leave empty —</source>
        <translation>— оставить пустым —</translation>
    </message>
</context>
<context>
    <name>FillContractButton</name>
    <message>
        <source>Fill contract…</source>
        <translation>Заполнить договор…</translation>
    </message>
    <message>
        <source>Fill a contract or a consent for this client and sign it</source>
        <translation>Заполнить и подписать договор или согласие для этого клиента</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>New salon — Salon CRM</source>
        <translation>Новый салон — Salon CRM</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Язык программы</translation>
    </message>
    <message>
        <source>Salon name:</source>
        <translation>Название салона:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>Create the salon</source>
        <translation>Создать салон</translation>
    </message>
    <message>
        <source>This is the first start. Name your salon and create the owner&apos;s account: the owner sets the salon up and adds the staff.</source>
        <translation>Это первый запуск. Укажите название салона и создайте учётную запись владельца: владелец настраивает салон и добавляет сотрудников.</translation>
    </message>
</context>
<context>
    <name>FlagIcons</name>
    <message>
        <source>VIP client</source>
        <translation>VIP-клиент</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>В чёрном списке</translation>
    </message>
    <message>
        <source>Child (linked to a parent)</source>
        <translation>Ребёнок (привязан к родителю)</translation>
    </message>
    <message>
        <source>Expired documents</source>
        <translation>Просроченные документы</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Аллергии</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Противопоказания</translation>
    </message>
</context>
<context>
    <name>FormFillDialog</name>
    <message>
        <source>Fill a PDF form</source>
        <translation>Заполнить PDF-бланк</translation>
    </message>
    <message>
        <source>Empty in the client&apos;s record (printed blank):</source>
        <translation>Нет в анкете клиента (останется пустым):</translation>
    </message>
    <message>
        <source>Save to the card</source>
        <translation>Сохранить в карточку</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Бланк:</translation>
    </message>
    <message>
        <source>The salon has no PDF forms yet: the owner uploads them in Settings.</source>
        <translation>В салоне пока нет PDF-бланков: владелец загружает их в Настройках.</translation>
    </message>
    <message>
        <source>{placeholder} (field {field})</source>
        <translation>{placeholder} (поле {field})</translation>
    </message>
</context>
<context>
    <name>FormsSection</name>
    <message>
        <source>Upload…</source>
        <translation>Загрузить…</translation>
    </message>
    <message>
        <source>A fillable PDF (a bank&apos;s or an office&apos;s form) is filled for a client from the card. Say once which data goes into each field.</source>
        <translation>Заполняемый PDF (бланк банка или учреждения) заполняется для клиента из карточки. Укажите один раз, какие данные идут в каждое поле.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <source>Upload a fillable PDF or select a form.</source>
        <translation>Загрузите заполняемый PDF или выберите бланк.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Сохранить соответствие</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>A field left empty is printed blank, to fill in by hand.</source>
        <translation>Поле, оставленное пустым, печатается незаполненным — его заполнят от руки.</translation>
    </message>
    <message>
        <source>PDF forms</source>
        <translation>PDF-бланки</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (отключён)</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Upload a fillable PDF</source>
        <translation>Загрузить заполняемый PDF</translation>
    </message>
    <message>
        <source>PDF forms (*.pdf)</source>
        <translation>PDF-бланки (*.pdf)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Не удалось прочитать файл: {reason}</translation>
    </message>
    <message>
        <source>The form “{name}” is uploaded: {mapped} of {count} fields are matched.</source>
        <translation>Бланк «{name}» загружен: сопоставлено полей — {mapped} из {count}.</translation>
    </message>
    <message>
        <source>The mapping of “{name}” is saved.</source>
        <translation>Соответствие полей бланка «{name}» сохранено.</translation>
    </message>
    <message>
        <source>The form is renamed “{name}”.</source>
        <translation>Бланк переименован в «{name}».</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsForm</name>
    <message>
        <source>Money</source>
        <translation>Расчёты</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Prices, payments and client balances are counted in this currency. Until it is chosen here, the salon&apos;s country decides.</source>
        <translation>Цены, оплаты и балансы клиентов ведутся в этой валюте. Пока она не выбрана здесь, её определяет страна салона.</translation>
    </message>
    <message>
        <source>Client names</source>
        <translation>Имена клиентов</translation>
    </message>
    <message>
        <source>Last First Middle</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <source>First Middle Last</source>
        <translation>Имя Отчество Фамилия</translation>
    </message>
    <message>
        <source>First Last</source>
        <translation>Имя Фамилия</translation>
    </message>
    <message>
        <source>Display order:</source>
        <translation>Порядок отображения:</translation>
    </message>
    <message>
        <source>Lists, cards and documents show names in this order for everyone. The questionnaire always keeps the last, first and middle names apart.</source>
        <translation>В списках, карточках и документах имена показываются в этом порядке у всех пользователей. В анкете фамилия, имя и отчество всегда вводятся отдельно.</translation>
    </message>
    <message>
        <source>Interface language of this computer</source>
        <translation>Язык интерфейса на этом компьютере</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Chosen for this computer only; other computers keep their own. The program switches at once.</source>
        <translation>Выбирается только для этого компьютера; на других компьютерах — свой. Программа переключается сразу.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общие</translation>
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
        <translation>Например: {amount}</translation>
    </message>
    <message>
        <source>The salon now counts in {currency}.</source>
        <translation>Теперь салон ведёт расчёты в валюте {currency}.</translation>
    </message>
    <message>
        <source>Kovalenko</source>
        <translation>Коваленко</translation>
    </message>
    <message>
        <source>Olena</source>
        <translation>Елена</translation>
    </message>
    <message>
        <source>Petrivna</source>
        <translation>Петровна</translation>
    </message>
    <message>
        <source>For example: {name}</source>
        <translation>Например: {name}</translation>
    </message>
    <message>
        <source>Names are now shown as “{order}”.</source>
        <translation>Теперь имена показываются в порядке «{order}».</translation>
    </message>
</context>
<context>
    <name>HealthCardFeature</name>
    <message>
        <source>Cosmetology</source>
        <translation>Косметология</translation>
    </message>
    <message>
        <source>Skin assessments</source>
        <translation>Оценки состояния кожи</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Домашний уход</translation>
    </message>
    <message>
        <source>Face chart of the procedure on {date}</source>
        <translation>Схема лица процедуры от {date}</translation>
    </message>
</context>
<context>
    <name>HealthConditions</name>
    <message>
        <source>Pregnancy</source>
        <translation>Беременность</translation>
    </message>
    <message>
        <source>Breast-feeding</source>
        <translation>Грудное вскармливание</translation>
    </message>
    <message>
        <source>Isotretinoin</source>
        <translation>Изотретиноин</translation>
    </message>
    <message>
        <source>Anticoagulants, aspirin</source>
        <translation>Антикоагулянты, аспирин</translation>
    </message>
    <message>
        <source>Corticosteroids</source>
        <translation>Кортикостероиды</translation>
    </message>
    <message>
        <source>Photosensitising drugs</source>
        <translation>Фотосенсибилизирующие препараты</translation>
    </message>
    <message>
        <source>Immunosuppressants</source>
        <translation>Иммуносупрессоры</translation>
    </message>
    <message>
        <source>Pacemaker</source>
        <translation>Кардиостимулятор</translation>
    </message>
    <message>
        <source>Metal implants</source>
        <translation>Металлические импланты</translation>
    </message>
    <message>
        <source>Fillers done elsewhere</source>
        <translation>Филлеры, введённые в другом месте</translation>
    </message>
    <message>
        <source>Threads done elsewhere</source>
        <translation>Нити, поставленные в другом месте</translation>
    </message>
    <message>
        <source>Herpes, active now</source>
        <translation>Герпес в активной фазе</translation>
    </message>
    <message>
        <source>Herpes in the past</source>
        <translation>Герпес в прошлом</translation>
    </message>
    <message>
        <source>Hepatitis</source>
        <translation>Гепатит</translation>
    </message>
    <message>
        <source>HIV</source>
        <translation>ВИЧ</translation>
    </message>
    <message>
        <source>Skin infection or inflammation</source>
        <translation>Инфекция или воспаление кожи</translation>
    </message>
    <message>
        <source>Acute illness, fever</source>
        <translation>Острое заболевание, температура</translation>
    </message>
    <message>
        <source>Keloid scar tendency</source>
        <translation>Склонность к келоидным рубцам</translation>
    </message>
    <message>
        <source>Rosacea, couperose</source>
        <translation>Розацеа, купероз</translation>
    </message>
    <message>
        <source>Active acne</source>
        <translation>Акне в активной фазе</translation>
    </message>
    <message>
        <source>Psoriasis</source>
        <translation>Псориаз</translation>
    </message>
    <message>
        <source>Eczema, dermatitis</source>
        <translation>Экзема, дерматит</translation>
    </message>
    <message>
        <source>Epilepsy</source>
        <translation>Эпилепсия</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Сахарный диабет</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Аутоиммунное заболевание</translation>
    </message>
    <message>
        <source>Oncology</source>
        <translation>Онкология</translation>
    </message>
    <message>
        <source>Blood clotting disorder</source>
        <translation>Нарушение свёртываемости крови</translation>
    </message>
    <message>
        <source>Heart disease</source>
        <translation>Заболевание сердца</translation>
    </message>
    <message>
        <source>High blood pressure</source>
        <translation>Повышенное давление</translation>
    </message>
    <message>
        <source>Thyroid disease</source>
        <translation>Заболевание щитовидной железы</translation>
    </message>
    <message>
        <source>Neuromuscular disease (myasthenia)</source>
        <translation>Нервно-мышечное заболевание (миастения)</translation>
    </message>
    <message>
        <source>Fresh tan, solarium</source>
        <translation>Свежий загар, солярий</translation>
    </message>
    <message>
        <source>Peel or laser in the last 2 weeks</source>
        <translation>Пилинг или лазер в последние 2 недели</translation>
    </message>
    <message>
        <source>Pregnancy and breast-feeding</source>
        <translation>Беременность и грудное вскармливание</translation>
    </message>
    <message>
        <source>Risk medicines</source>
        <translation>Препараты риска</translation>
    </message>
    <message>
        <source>Implants and earlier procedures</source>
        <translation>Импланты и прежние процедуры</translation>
    </message>
    <message>
        <source>Infections</source>
        <translation>Инфекции</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Состояния кожи</translation>
    </message>
    <message>
        <source>Chronic diseases</source>
        <translation>Хронические заболевания</translation>
    </message>
    <message>
        <source>Recently</source>
        <translation>Недавно</translation>
    </message>
</context>
<context>
    <name>HealthFormDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>HealthSubstances</name>
    <message>
        <source>Lidocaine</source>
        <translation>Лидокаин</translation>
    </message>
    <message>
        <source>Articaine</source>
        <translation>Артикаин</translation>
    </message>
    <message>
        <source>Benzocaine</source>
        <translation>Бензокаин</translation>
    </message>
    <message>
        <source>Latex</source>
        <translation>Латекс</translation>
    </message>
    <message>
        <source>Hyaluronidase</source>
        <translation>Гиалуронидаза</translation>
    </message>
    <message>
        <source>Hyaluronic acid</source>
        <translation>Гиалуроновая кислота</translation>
    </message>
    <message>
        <source>Botulinum toxin</source>
        <translation>Ботулотоксин</translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation>Альбумин</translation>
    </message>
    <message>
        <source>Glycolic acid</source>
        <translation>Гликолевая кислота</translation>
    </message>
    <message>
        <source>Salicylic acid</source>
        <translation>Салициловая кислота</translation>
    </message>
    <message>
        <source>Trichloroacetic acid</source>
        <translation>Трихлоруксусная кислота</translation>
    </message>
    <message>
        <source>Retinol, retinoids</source>
        <translation>Ретинол, ретиноиды</translation>
    </message>
    <message>
        <source>Vitamin C</source>
        <translation>Витамин C</translation>
    </message>
    <message>
        <source>Nickel</source>
        <translation>Никель</translation>
    </message>
    <message>
        <source>Fragrances</source>
        <translation>Отдушки</translation>
    </message>
    <message>
        <source>Parabens</source>
        <translation>Парабены</translation>
    </message>
    <message>
        <source>Iodine</source>
        <translation>Йод</translation>
    </message>
    <message>
        <source>Chlorhexidine</source>
        <translation>Хлоргексидин</translation>
    </message>
</context>
<context>
    <name>HomeCareDialog</name>
    <message>
        <source>Home care product</source>
        <translation>Средство домашнего ухода</translation>
    </message>
    <message>
        <source>How the product worked</source>
        <translation>Как подействовало средство</translation>
    </message>
    <message>
        <source>Brand and name, e.g. a vitamin C serum</source>
        <translation>Марка и название, напр.: сыворотка с витамином C</translation>
    </message>
    <message>
        <source>How and when, e.g. mornings</source>
        <translation>Как и когда, напр.: по утрам</translation>
    </message>
    <message>
        <source>What changed, any irritation, whether to continue</source>
        <translation>Что изменилось, было ли раздражение, продолжать ли</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С какого числа</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Средство</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Применение</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>HomeCarePanel</name>
    <message>
        <source>Home care is seen only by specialists and the owner.</source>
        <translation>Домашний уход видят только специалисты и владелец.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Средство</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Применение</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Добавить средство</translation>
    </message>
    <message>
        <source>Write the outcome</source>
        <translation>Записать результат</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Calls due</source>
        <translation>Пора позвонить</translation>
    </message>
    <message>
        <source>No calls due today.</source>
        <translation>На сегодня звонков нет.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Пора на повторный визит</translation>
    </message>
    <message>
        <source>Nobody is due back after a procedure today.</source>
        <translation>Сегодня никому не пора на повторный визит.</translation>
    </message>
    <message>
        <source>Birthdays today</source>
        <translation>Дни рождения сегодня</translation>
    </message>
    <message>
        <source>No birthdays today.</source>
        <translation>Сегодня дней рождения нет.</translation>
    </message>
    <message>
        <source>Name days today</source>
        <translation>Именины сегодня</translation>
    </message>
    <message>
        <source>No name days today.</source>
        <translation>Сегодня именинников нет.</translation>
    </message>
    <message>
        <source>Documents expiring within 30 days</source>
        <translation>Документы, истекающие в течение 30 дней</translation>
    </message>
    <message>
        <source>No documents expire in the next 30 days.</source>
        <translation>В ближайшие 30 дней сроки документов не истекают.</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Недавно открытые</translation>
    </message>
    <message>
        <source>No clients opened yet on this computer.</source>
        <translation>На этом компьютере ещё не открывали карточки клиентов.</translation>
    </message>
    <message>
        <source>Call made</source>
        <translation>Звонок сделан</translation>
    </message>
    <message>
        <source>The call to the selected client happened: plan the next one (Space)</source>
        <translation>Звонок выбранному клиенту сделан: запланировать следующий (Пробел)</translation>
    </message>
    <message>
        <source>Today: {date}</source>
        <translation>Сегодня: {date}</translation>
    </message>
    <message>
        <source>Today&apos;s lists could not be loaded: {error}</source>
        <translation>Не удалось загрузить списки на сегодня: {error}</translation>
    </message>
    <message>
        <source>{document}, until {date}</source>
        <translation>{document}, до {date}</translation>
    </message>
    <message>
        <source>turns {age}</source>
        <translation>исполняется {age}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>due since {date}</source>
        <translation>просрочен с {date}</translation>
    </message>
    <message>
        <source>The call could not be marked: {error}</source>
        <translation>Не удалось отметить звонок: {error}</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this work will be kept.</source>
        <translation>Отмена… ничего из сделанного не сохранится.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Something unexpected happened; the details are written in the log.</source>
        <translation>Произошла непредвиденная ошибка; подробности записаны в журнал.</translation>
    </message>
</context>
<context>
    <name>ListChoice</name>
    <message>
        <source>— not set —</source>
        <translation>— не выбрано —</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Or double-click the item, or press F2</source>
        <translation>Или дважды щёлкните по элементу, или нажмите F2</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Delete key. Clients keep it; forms stop offering it.</source>
        <translation>Клавиша Delete. У клиентов значение сохраняется, но формы перестают его предлагать.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Показать скрытые</translation>
    </message>
    <message>
        <source>Hidden: clients keep it, forms do not offer it.</source>
        <translation>Скрыто: у клиентов сохраняется, в формах не предлагается.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Показать снова</translation>
    </message>
    <message>
        <source>“{name}” is added to “{list}”.</source>
        <translation>Значение «{name}» добавлено в список «{list}».</translation>
    </message>
    <message>
        <source>Renamed to “{name}”.</source>
        <translation>Переименовано в «{name}».</translation>
    </message>
    <message>
        <source>“{name}” is hidden: clients who have it keep it, forms no longer offer it. Tick “Show hidden” to bring it back.</source>
        <translation>Значение «{name}» скрыто: у клиентов оно сохраняется, но формы его больше не предлагают. Чтобы вернуть его, отметьте «Показать скрытые».</translation>
    </message>
    <message>
        <source>“{name}” is offered again.</source>
        <translation>Значение «{name}» снова предлагается в формах.</translation>
    </message>
</context>
<context>
    <name>ListsSection</name>
    <message>
        <source>New group…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <source>Client groups</source>
        <translation>Группы клиентов</translation>
    </message>
    <message>
        <source>Where clients come from</source>
        <translation>Откуда приходят клиенты</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Новый источник…</translation>
    </message>
    <message>
        <source>Client categories</source>
        <translation>Категории клиентов</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Новая категория…</translation>
    </message>
    <message>
        <source>Nothing here is ever deleted: clients keep the items they have. Hide an item (Delete key) to stop offering it; “Show hidden” brings it back. Drag items or use Up and Down to set the order forms show.</source>
        <translation>Здесь ничего не удаляется: у клиентов остаются их значения. Скройте элемент (клавиша Delete), чтобы он больше не предлагался; «Показать скрытые» вернёт его. Перетаскивайте элементы или используйте кнопки «Вверх» и «Вниз», чтобы задать порядок в формах.</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Salon CRM</source>
        <translation>Вход — Salon CRM</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Welcome! Log in to start work.</source>
        <translation>Добро пожаловать! Войдите, чтобы начать работу.</translation>
    </message>
    <message>
        <source>Locked by {name}. Type the password to go on, or log in as someone else.</source>
        <translation>Программу заблокировал(а) {name}. Введите пароль, чтобы продолжить, или войдите под другим пользователем.</translation>
    </message>
    <message>
        <source>Wrong login or password. Check the keyboard layout and Caps Lock.</source>
        <translation>Неверный логин или пароль. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
</context>
<context>
    <name>LotRecallDialog</name>
    <message>
        <source>Lot recall</source>
        <translation>Отзыв партии</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Mark this lot recalled…</source>
        <translation>Отметить партию отозванной…</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Копировать список</translation>
    </message>
    <message>
        <source>As a table to paste into a spreadsheet (Ctrl+Shift+C)</source>
        <translation>Таблицей, чтобы вставить в электронную таблицу (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Препарат:</translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation>Партия:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <source>{product} ({manufacturer})</source>
        <translation>{product} ({manufacturer})</translation>
    </message>
    <message>
        <source>Any lot</source>
        <translation>Любая партия</translation>
    </message>
    <message>
        <source>{lot}, recalled {date}</source>
        <translation>{lot}, отозвана {date}</translation>
    </message>
    <message>
        <source>{lot}, until {date}</source>
        <translation>{lot}, годна до {date}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Procedures: {procedures}, clients: {clients}</source>
        <translation>Процедур: {procedures}, клиентов: {clients}</translation>
    </message>
    <message>
        <source>Nobody received it in these days.</source>
        <translation>В эти дни её никто не получал.</translation>
    </message>
    <message>
        <source>{count} lines are copied: paste them into a spreadsheet.</source>
        <translation>Скопировано строк: {count}. Вставьте их в электронную таблицу.</translation>
    </message>
    <message>
        <source>Lot {lot} is marked recalled; the cards of these clients say so.</source>
        <translation>Партия {lot} отмечена отозванной; карточки этих клиентов об этом сообщают.</translation>
    </message>
</context>
<context>
    <name>LotRecallModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Препарат</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Fill in a questionnaire for a new client (Ctrl+N)</source>
        <translation>Заполнить анкету нового клиента (Ctrl+N)</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Найти клиента</translation>
    </message>
    <message>
        <source>About Salon CRM</source>
        <translation>О программе Salon CRM</translation>
    </message>
    <message>
        <source>New procedure…</source>
        <translation>Новая процедура…</translation>
    </message>
    <message>
        <source>Record a procedure for the client on the card (Ctrl+Shift+P)</source>
        <translation>Записать процедуру клиенту из карточки (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>New skin assessment…</source>
        <translation>Новая оценка кожи…</translation>
    </message>
    <message>
        <source>Assess the skin of the client on the card (Ctrl+Shift+K)</source>
        <translation>Оценить кожу клиента из карточки (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>Сфотографировать…</translation>
    </message>
    <message>
        <source>Take the photo of the client on the card with the camera (Ctrl+Shift+O)</source>
        <translation>Сфотографировать камерой клиента из карточки (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Clinical photo…</source>
        <translation>Клиническое фото…</translation>
    </message>
    <message>
        <source>A photo of a zone of the client on the card, before or after (Ctrl+Shift+B)</source>
        <translation>Фото зоны клиента из карточки — до или после (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Lot recall…</source>
        <translation>Отзыв партии…</translation>
    </message>
    <message>
        <source>Who received a product&apos;s lot, with their contacts (Ctrl+Shift+T)</source>
        <translation>Кто получил партию препарата, с контактами (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Procedures</source>
        <translation>&amp;Процедуры</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>Н&amp;астройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
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
        <translation>&lt;b&gt;Salon CRM&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Папка данных:&lt;br&gt;{folder}</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>специалист</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Find a client: name, phone, e-mail, number… (Ctrl+F)</source>
        <translation>Найти клиента: имя, телефон, e-mail, номер… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Закрыть программу</translation>
    </message>
    <message>
        <source>The client card is not available yet.</source>
        <translation>Карточка клиента пока недоступна.</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Пользователь: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>MarkerEditor</name>
    <message>
        <source>e.g. 0.1 ml or 4 U</source>
        <translation>напр. 0,1 мл или 4 ЕД</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Препарат</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Доза</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>{kind} {number}</source>
        <translation>{kind} № {number}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указана</translation>
    </message>
</context>
<context>
    <name>MarkupToolbar</name>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Жирный</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Client signs</source>
        <translation>Подпись клиента</translation>
    </message>
    <message>
        <source>Employee signs</source>
        <translation>Подпись сотрудника</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another card</source>
        <translation>Объединение с другой карточкой</translation>
    </message>
    <message>
        <source>Merge a duplicate into No. {number} {name}</source>
        <translation>Объединить дубликат с карточкой № {number} {name}</translation>
    </message>
    <message>
        <source>Find the other card of the same client: by name, phone, e-mail or card.</source>
        <translation>Найдите другую карточку того же клиента: по имени, телефону, e-mail или номеру карточки.</translation>
    </message>
    <message>
        <source>Name, phone, e-mail or card number</source>
        <translation>Имя, телефон, e-mail или номер карточки</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>No other card matches “{text}”.</source>
        <translation>По запросу «{text}» других карточек не найдено.</translation>
    </message>
    <message>
        <source>Pick the duplicate in the list above.</source>
        <translation>Выберите дубликат в списке выше.</translation>
    </message>
    <message>
        <source>Where the cards differ, choose the value to keep:</source>
        <translation>Там, где карточки различаются, выберите значение, которое нужно сохранить:</translation>
    </message>
    <message>
        <source>The single values of both cards are the same; nothing to choose.</source>
        <translation>Значения полей в обеих карточках совпадают — выбирать нечего.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>This card, No. {number}</source>
        <translation>Эта карточка, № {number}</translation>
    </message>
    <message>
        <source>Duplicate, No. {number}</source>
        <translation>Дубликат, № {number}</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>адреса e-mail</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>адреса</translation>
    </message>
    <message>
        <source>social profiles</source>
        <translation>профили в соцсетях</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>группы</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>согласия</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>документы</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>контактные лица</translation>
    </message>
    <message>
        <source>children</source>
        <translation>дети</translation>
    </message>
    <message>
        <source>Phones, e-mails, addresses, profiles, tags, consents, documents, contact persons, children and the history of the duplicate move to this card (the same entries are not doubled). The duplicate No. {number} is archived as merged into this card.</source>
        <translation>Телефоны, адреса e-mail, адреса, профили, группы, согласия, документы, контактные лица, дети и история дубликата переносятся в эту карточку (одинаковые записи не дублируются). Дубликат № {number} переносится в архив с отметкой об объединении с этой карточкой.</translation>
    </message>
    <message>
        <source>The duplicate has {items}.</source>
        <translation>У дубликата есть: {items}.</translation>
    </message>
    <message>
        <source>Merge the cards</source>
        <translation>Объединение карточек</translation>
    </message>
    <message>
        <source>Merge No. {duplicate} into No. {survivor}? The duplicate stays in the archive as merged; the merge itself cannot be undone.</source>
        <translation>Объединить карточку № {duplicate} с карточкой № {survivor}? Дубликат останется в архиве с отметкой об объединении; само объединение отменить нельзя.</translation>
    </message>
</context>
<context>
    <name>MissingFields</name>
    <message>
        <source>Values this document lacks</source>
        <translation>Не хватает для документа</translation>
    </message>
    <message>
        <source>The record has every value this document uses.</source>
        <translation>В данных клиента есть все значения для этого документа.</translation>
    </message>
    <message>
        <source>The salon&apos;s values come from Settings ▸ Salon requisites, where the owner fills them in; typed here, they go into this document only.</source>
        <translation>Данные салона берутся из раздела «Настройки ▸ Реквизиты салона», их заполняет владелец; введённые здесь попадут только в этот документ.</translation>
    </message>
    <message>
        <source>Save to the questionnaire</source>
        <translation>Сохранить в анкету</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <source>New document template</source>
        <translation>Новый шаблон документа</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Latin letters and digits, e.g. olena</source>
        <translation>Латинские буквы и цифры, например olena</translation>
    </message>
    <message>
        <source>At least {limit} characters</source>
        <translation>Не менее {limit} символов</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Повторите пароль:</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Создать пользователя</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The new user logs in with this login and password; tell them the password in person. The role decides what they may see and change.</source>
        <translation>Новый пользователь входит с этим логином и паролем; сообщите ему пароль лично. От роли зависит, что пользователь может видеть и изменять.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation>Принять оплату</translation>
    </message>
    <message>
        <source>Cash, card…</source>
        <translation>Наличные, карта…</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>PdfFormProblems</name>
    <message>
        <source>This PDF has no fillable text fields. Upload a fillable (AcroForm) version of it.</source>
        <translation>В этом PDF нет заполняемых текстовых полей. Загрузите его заполняемую версию (AcroForm).</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF: it is damaged or not a PDF.</source>
        <translation>Этот файл не читается как PDF: он повреждён или это не PDF.</translation>
    </message>
    <message>
        <source>This PDF opens only with a password. Save a copy without the password and upload it.</source>
        <translation>Этот PDF открывается только с паролем. Сохраните копию без пароля и загрузите её.</translation>
    </message>
    <message>
        <source>The form has no field {fields}. Check the form&apos;s mapping.</source>
        <translation>В бланке нет поля {fields}. Проверьте соответствие полей.</translation>
    </message>
</context>
<context>
    <name>PdfSaving</name>
    <message>
        <source>There is no room left on the disk for {path}. Free some space or choose another disk.</source>
        <translation>На диске не осталось места для {path}. Освободите место или выберите другой диск.</translation>
    </message>
    <message>
        <source>The program may not write to {path}. Choose another folder.</source>
        <translation>Программе запрещено записывать в {path}. Выберите другую папку.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation>Папки для {path} не существует.</translation>
    </message>
    <message>
        <source>The file could not be saved to {path}.</source>
        <translation>Не удалось сохранить файл в {path}.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>The previous page (Ctrl+PgUp)</source>
        <translation>Предыдущая страница (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Вперёд ▶</translation>
    </message>
    <message>
        <source>The next page (Ctrl+PgDown)</source>
        <translation>Следующая страница (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>The file cannot be shown: it is not a readable PDF.</source>
        <translation>Файл нельзя показать: это не читаемый PDF.</translation>
    </message>
</context>
<context>
    <name>PdfViewerDialog</name>
    <message>
        <source>Checked against the file&apos;s SHA-256 in the registry</source>
        <translation>Проверено по контрольной сумме SHA-256 файла в реестре</translation>
    </message>
    <message>
        <source>This is the document as it was saved: the file has not been changed.</source>
        <translation>Это документ в том виде, в каком он был сохранён: файл не изменялся.</translation>
    </message>
    <message>
        <source>This file has been changed since it was saved: it is not the document as it was made and signed.</source>
        <translation>Файл изменён после сохранения: это не тот документ, который был составлен и подписан.</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Main phone</source>
        <translation>Основной телефон</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Тип телефона</translation>
    </message>
    <message>
        <source>Phone note</source>
        <translation>Примечание к телефону</translation>
    </message>
    <message>
        <source>e.g. husband&apos;s phone</source>
        <translation>напр.: телефон мужа</translation>
    </message>
</context>
<context>
    <name>PhotoCompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Сравнение фото</translation>
    </message>
</context>
<context>
    <name>PhotoCompareView</name>
    <message>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Шторка</translation>
    </message>
    <message>
        <source>One photo over the other: drag the divider or press ← and → to wipe</source>
        <translation>Одно фото поверх другого: перетащите разделитель или нажимайте ← и →</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Целиком</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save both photos side by side as one picture</source>
        <translation>Сохранить оба фото рядом одним изображением</translation>
    </message>
    <message>
        <source>A picture can be saved as JPEG (.jpg) or PNG (.png) only.</source>
        <translation>Изображение можно сохранить только в формате JPEG (.jpg) или PNG (.png).</translation>
    </message>
    <message>
        <source>The picture could not be saved to {path}.</source>
        <translation>Не удалось сохранить изображение в {path}.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Экспорт сравнения</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>сравнение</translation>
    </message>
    <message>
        <source>JPEG picture (*.jpg *.jpeg);;PNG picture (*.png)</source>
        <translation>Изображение JPEG (*.jpg *.jpeg);;Изображение PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message>
        <source>Clinical photo</source>
        <translation>Клиническое фото</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Другая…</translation>
    </message>
    <message>
        <source>e.g. neck, hands, décolleté</source>
        <translation>например, шея, руки, декольте</translation>
    </message>
    <message>
        <source>No procedure</source>
        <translation>Без процедуры</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>Название зоны</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Name the zone</source>
        <translation>Назовите зону</translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <source>Choose a photo</source>
        <translation>Выберите фото</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.heic *.heif)</source>
        <translation>Фото (*.png *.jpg *.jpeg *.heic *.heif)</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Pick two photos (Ctrl+click) to compare them</source>
        <translation>Выберите два фото (Ctrl+щелчок), чтобы сравнить их</translation>
    </message>
    <message>
        <source>Compare before/after</source>
        <translation>Сравнить до/после</translation>
    </message>
    <message>
        <source>For advertising</source>
        <translation>Для рекламы</translation>
    </message>
    <message>
        <source>The photo may be used in the salon&apos;s advertising</source>
        <translation>Фото можно использовать в рекламе салона</translation>
    </message>
    <message>
        <source>Make profile photo</source>
        <translation>Сделать основным фото</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Убрать…</translation>
    </message>
    <message>
        <source>Kind, zone, procedure…</source>
        <translation>Вид, зона, процедура…</translation>
    </message>
    <message>
        <source>Correct what the photo shows</source>
        <translation>Исправить, что на фото</translation>
    </message>
    <message>
        <source>Opening the photos…</source>
        <translation>Открываю фото…</translation>
    </message>
    <message>
        <source>No photos of this client yet. Take one with the camera or import a picture file with the buttons above.</source>
        <translation>У этого клиента пока нет фото. Сделайте снимок камерой или импортируйте файл изображения кнопками выше.</translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation>Фото клиента</translation>
    </message>
    <message>
        <source>{day} — no procedure</source>
        <translation>{day} — без процедуры</translation>
    </message>
    <message>
        <source>{day} — {procedure}</source>
        <translation>{day} — {procedure}</translation>
    </message>
    <message>
        <source>Compare {before} with {after}</source>
        <translation>Сравнить {before} с {after}</translation>
    </message>
    <message>
        <source>These photos show different zones: the comparison may mislead.</source>
        <translation>На этих фото разные зоны: сравнение может ввести в заблуждение.</translation>
    </message>
    <message>
        <source>Ctrl+click (or Ctrl+Space) a second photo to compare the two.</source>
        <translation>Щёлкните второе фото с Ctrl (или Ctrl+пробел), чтобы сравнить их.</translation>
    </message>
    <message>
        <source>Remove the photo “{photo}” from the card? It is hidden, not destroyed: the salon&apos;s records keep it.</source>
        <translation>Убрать фото «{photo}» из карточки? Оно будет скрыто, а не уничтожено: в записях салона оно сохранится.</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Убрать фото</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
</context>
<context>
    <name>PhotoLabels</name>
    <message>
        <source>Profile</source>
        <translation>Фото клиента</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>Клиническое</translation>
    </message>
    <message>
        <source>Other zone</source>
        <translation>Другая зона</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Анфас</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Левая сторона</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Правая сторона</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Сверху</translation>
    </message>
</context>
<context>
    <name>PhotoProblems</name>
    <message>
        <source>The file is larger than {limit_mb} MB. Choose a smaller photo.</source>
        <translation>Файл больше {limit_mb} МБ. Выберите фото поменьше.</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or HEIC photo.</source>
        <translation>Этот файл — не фото в формате PNG, JPEG или HEIC.</translation>
    </message>
    <message>
        <source>The image has more than {limit} million pixels: too many to open safely. Make it smaller in a photo editor first.</source>
        <translation>В изображении больше {limit} млн пикселей — открыть его безопасно нельзя. Сначала уменьшите его в фоторедакторе.</translation>
    </message>
    <message>
        <source>The file is damaged or was not copied completely. Copy it again and retry.</source>
        <translation>Файл повреждён или скопирован не полностью. Скопируйте его заново и повторите.</translation>
    </message>
    <message>
        <source>The image is {width}×{height} pixels; a photo must be at least {min_width}×{min_height}.</source>
        <translation>Изображение {width}×{height} пикселей, а фото должно быть не меньше {min_width}×{min_height}.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and is not open elsewhere.</source>
        <translation>Файл не читается. Проверьте, что он существует и не открыт в другой программе.</translation>
    </message>
</context>
<context>
    <name>PhotoTaking</name>
    <message>
        <source>Photo not saved</source>
        <translation>Фото не сохранено</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <source>Marked for advertising</source>
        <translation>Отмечено для рекламы</translation>
    </message>
    <message>
        <source>Marked for advertising, but the consent has been withdrawn</source>
        <translation>Отмечено для рекламы, но согласие отозвано</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Текущее</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Нет изображения</translation>
    </message>
</context>
<context>
    <name>PhotosCardFeature</name>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
</context>
<context>
    <name>PhotosTab</name>
    <message>
        <source>Take photo…</source>
        <translation>Сфотографировать…</translation>
    </message>
    <message>
        <source>Take the client&apos;s photo with the camera</source>
        <translation>Сфотографировать клиента камерой</translation>
    </message>
    <message>
        <source>Clinical photo…</source>
        <translation>Клиническое фото…</translation>
    </message>
    <message>
        <source>A photo of a zone before or after a procedure (Ctrl+Shift+B)</source>
        <translation>Фото зоны до или после процедуры (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Из файла…</translation>
    </message>
    <message>
        <source>Clinical photo</source>
        <translation>Клиническое фото</translation>
    </message>
    <message>
        <source>Consent to clinical photos</source>
        <translation>Согласие на клинические фото</translation>
    </message>
    <message>
        <source>{name} has not consented to clinical photos (or has withdrawn it). Record the consent as of today?

Do it only when the client has signed it.</source>
        <translation>{name} не давал(а) согласия на клинические фото (или отозвал(а) его). Отметить согласие с сегодняшнего дня?

Делайте это, только если клиент его подписал.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPicker</name>
    <message>
        <source>Find a placeholder</source>
        <translation>Найти поле подстановки</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Салон</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Enter or a double click puts it into the text</source>
        <translation>Enter или двойной щелчок вставляет поле в текст</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Client: number</source>
        <translation>Клиент: номер</translation>
    </message>
    <message>
        <source>Client: full name</source>
        <translation>Клиент: ФИО</translation>
    </message>
    <message>
        <source>Client: last name</source>
        <translation>Клиент: фамилия</translation>
    </message>
    <message>
        <source>Client: first name</source>
        <translation>Клиент: имя</translation>
    </message>
    <message>
        <source>Client: middle name (patronymic)</source>
        <translation>Клиент: отчество</translation>
    </message>
    <message>
        <source>Client: date of birth</source>
        <translation>Клиент: дата рождения</translation>
    </message>
    <message>
        <source>Client: main phone</source>
        <translation>Клиент: основной телефон</translation>
    </message>
    <message>
        <source>Client: e-mail</source>
        <translation>Клиент: e-mail</translation>
    </message>
    <message>
        <source>Client: home address</source>
        <translation>Клиент: домашний адрес</translation>
    </message>
    <message>
        <source>Client: passport series</source>
        <translation>Клиент: серия паспорта</translation>
    </message>
    <message>
        <source>Client: passport number</source>
        <translation>Клиент: номер паспорта</translation>
    </message>
    <message>
        <source>Client: passport issued by</source>
        <translation>Клиент: кем выдан паспорт</translation>
    </message>
    <message>
        <source>Client: passport issued on</source>
        <translation>Клиент: дата выдачи паспорта</translation>
    </message>
    <message>
        <source>Client: registration address (passport)</source>
        <translation>Клиент: адрес регистрации (паспорт)</translation>
    </message>
    <message>
        <source>Salon: name</source>
        <translation>Салон: название</translation>
    </message>
    <message>
        <source>Salon: legal name</source>
        <translation>Салон: юридическое название</translation>
    </message>
    <message>
        <source>Salon: legal address</source>
        <translation>Салон: юридический адрес</translation>
    </message>
    <message>
        <source>Salon: address</source>
        <translation>Салон: адрес</translation>
    </message>
    <message>
        <source>Salon: phone</source>
        <translation>Салон: телефон</translation>
    </message>
    <message>
        <source>Salon: e-mail</source>
        <translation>Салон: e-mail</translation>
    </message>
    <message>
        <source>Salon: registration number</source>
        <translation>Салон: регистрационный номер</translation>
    </message>
    <message>
        <source>Salon: tax number</source>
        <translation>Салон: налоговый номер</translation>
    </message>
    <message>
        <source>Salon: bank</source>
        <translation>Салон: банк</translation>
    </message>
    <message>
        <source>Salon: bank account (IBAN)</source>
        <translation>Салон: расчётный счёт (IBAN)</translation>
    </message>
    <message>
        <source>Salon: bank code</source>
        <translation>Салон: код банка</translation>
    </message>
    <message>
        <source>Salon: signatory</source>
        <translation>Салон: подписант</translation>
    </message>
    <message>
        <source>Salon: signatory&apos;s position</source>
        <translation>Салон: должность подписанта</translation>
    </message>
    <message>
        <source>Employee: full name</source>
        <translation>Сотрудник: ФИО</translation>
    </message>
    <message>
        <source>Document: number</source>
        <translation>Документ: номер</translation>
    </message>
    <message>
        <source>Document: date (12 March 2026)</source>
        <translation>Документ: дата (12 марта 2026)</translation>
    </message>
    <message>
        <source>Today (dd.mm.yyyy)</source>
        <translation>Сегодня (дд.мм.гггг)</translation>
    </message>
    <message>
        <source>Procedure: name</source>
        <translation>Процедура: название</translation>
    </message>
    <message>
        <source>Procedure: date</source>
        <translation>Процедура: дата</translation>
    </message>
    <message>
        <source>Procedure: price</source>
        <translation>Процедура: цена</translation>
    </message>
</context>
<context>
    <name>Printout</name>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Cosmetology record</source>
        <translation>Косметологическая карта</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Printed on {date} by {user}</source>
        <translation>Напечатано {date}, {user}</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Нет записей</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Client questionnaire</source>
        <translation>Анкета клиента</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
        <source>given on {date}</source>
        <translation>дано {date}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>действует до {date}</translation>
    </message>
    <message>
        <source>document {number}</source>
        <translation>документ {number}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Cosmetology record</source>
        <translation>Косметологическая карта</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>Аллергии и противопоказания</translation>
    </message>
    <message>
        <source>No allergies or contraindications recorded</source>
        <translation>Аллергии и противопоказания не записаны</translation>
    </message>
    <message>
        <source>Anamnesis</source>
        <translation>Анамнез</translation>
    </message>
    <message>
        <source>Version {version}, signed on {date} by {user}</source>
        <translation>Версия {version}, подписана {date}, {user}</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Состояния</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <source>{date}, {specialist}</source>
        <translation>{date}, {specialist}</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Тип кожи</translation>
    </message>
    <message>
        <source>Baumann type</source>
        <translation>Тип по Бауманн</translation>
    </message>
    <message>
        <source>Wrinkle type</source>
        <translation>Тип морщин</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Процедуры</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Procedure, zones and notes</source>
        <translation>Процедура, зоны и заметки</translation>
    </message>
    <message>
        <source>Preparations: lot, expiry</source>
        <translation>Препараты: серия, срок годности</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>RECALLED on {date}</source>
        <translation>ОТОЗВАНА {date}</translation>
    </message>
    <message>
        <source>Reaction: {text}</source>
        <translation>Реакция: {text}</translation>
    </message>
    <message>
        <source>Result: {text}</source>
        <translation>Результат: {text}</translation>
    </message>
</context>
<context>
    <name>ProcedureCatalogue</name>
    <message>
        <source>Care and cleansing</source>
        <translation>Уход и чистка</translation>
    </message>
    <message>
        <source>Peels</source>
        <translation>Пилинги</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>Инъекции</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Аппаратные</translation>
    </message>
    <message>
        <source>Laser and light</source>
        <translation>Лазер и свет</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Массаж</translation>
    </message>
    <message>
        <source>Facial cleansing</source>
        <translation>Чистка лица</translation>
    </message>
    <message>
        <source>Chemical peel</source>
        <translation>Химический пилинг</translation>
    </message>
    <message>
        <source>Microneedling</source>
        <translation>Микронидлинг</translation>
    </message>
    <message>
        <source>Mesotherapy</source>
        <translation>Мезотерапия</translation>
    </message>
    <message>
        <source>Biorevitalization</source>
        <translation>Биоревитализация</translation>
    </message>
    <message>
        <source>Botulinum toxin injections</source>
        <translation>Ботулинотерапия</translation>
    </message>
    <message>
        <source>Hyaluronic acid fillers</source>
        <translation>Контурная пластика гиалуроновой кислотой</translation>
    </message>
    <message>
        <source>Laser hair removal</source>
        <translation>Лазерная эпиляция</translation>
    </message>
    <message>
        <source>IPL photorejuvenation</source>
        <translation>IPL-фотоомоложение</translation>
    </message>
    <message>
        <source>RF lifting</source>
        <translation>RF-лифтинг</translation>
    </message>
    <message>
        <source>Microcurrent therapy</source>
        <translation>Микротоковая терапия</translation>
    </message>
    <message>
        <source>Facial massage</source>
        <translation>Массаж лица</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>New procedure: {name}</source>
        <translation>Новая процедура: {name}</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Face chart</source>
        <translation>Схема лица</translation>
    </message>
    <message>
        <source>Result and care</source>
        <translation>Результат и уход</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the procedure (Ctrl+S)</source>
        <translation>Сохранить процедуру (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрыть без сохранения (Esc)</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Дата и время:</translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation>Специалист:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Процедура:</translation>
    </message>
    <message>
        <source>Forehead, glabella, crow&apos;s feet…</source>
        <translation>Лоб, межбровье, «гусиные лапки»…</translation>
    </message>
    <message>
        <source>Filled in from the face chart until you type here</source>
        <translation>Заполняется по схеме лица, пока вы не впишете своё</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Зоны:</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Следующий визит:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Цена:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Скидка:</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>К оплате:</translation>
    </message>
    <message>
        <source>Paid now:</source>
        <translation>Оплачено сейчас:</translation>
    </message>
    <message>
        <source>Products used</source>
        <translation>Использованные препараты</translation>
    </message>
    <message>
        <source>Type to find a procedure</source>
        <translation>Начните вводить название процедуры</translation>
    </message>
    <message>
        <source>Device parameters:</source>
        <translation>Параметры аппарата:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Reaction:</source>
        <translation>Реакция:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Рекомендации:</translation>
    </message>
    <message>
        <source>Home care:</source>
        <translation>Домашний уход:</translation>
    </message>
    <message>
        <source>{category} · {minutes} min · {price}</source>
        <translation>{category} · {minutes} мин · {price}</translation>
    </message>
    <message>
        <source>This lot cannot be used.</source>
        <translation>Эту партию нельзя использовать.</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>Новая процедура</translation>
    </message>
</context>
<context>
    <name>ProcedureTexts</name>
    <message>
        <source>Debt {amount}</source>
        <translation>Долг {amount}</translation>
    </message>
    <message>
        <source>Credit {amount}</source>
        <translation>Аванс {amount}</translation>
    </message>
    <message>
        <source>Balance: {balance}</source>
        <translation>Баланс: {balance}</translation>
    </message>
</context>
<context>
    <name>ProceduresEditor</name>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>Новая процедура</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Duration, price:</source>
        <translation>Длительность, цена:</translation>
    </message>
    <message>
        <source>A blocking condition in the client&apos;s anamnesis needs a written reason to go ahead; a warning is shown and passed.</source>
        <translation>Запрещающее состояние в анамнезе клиента требует письменного обоснования, чтобы продолжить; предупреждение только показывается.</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Процедуры</translation>
    </message>
    <message>
        <source>Left empty, it keeps the catalogue&apos;s name in every language</source>
        <translation>Если оставить пустым, останется название из каталога на всех языках</translation>
    </message>
</context>
<context>
    <name>ProceduresFeature</name>
    <message>
        <source>Procedures</source>
        <translation>Процедуры</translation>
    </message>
    <message>
        <source>Recalled lot {lot} of {product}, used on {date}</source>
        <translation>Отозванная партия {lot} препарата {product}, использована {date}</translation>
    </message>
</context>
<context>
    <name>ProceduresTab</name>
    <message>
        <source>New procedure</source>
        <translation>Новая процедура</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>Принять оплату…</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a procedure.</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы открыть процедуру.</translation>
    </message>
    <message>
        <source>No procedures yet.</source>
        <translation>Процедур пока нет.</translation>
    </message>
    <message>
        <source>Sold {sold} · paid {paid}</source>
        <translation>Продано {sold} · оплачено {paid}</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
</context>
<context>
    <name>ProductLine</name>
    <message>
        <source>Product</source>
        <translation>Препарат</translation>
    </message>
    <message>
        <source>Choose a product…</source>
        <translation>Выберите препарат…</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Номер партии</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Срок годности</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Remove this product</source>
        <translation>Убрать этот препарат</translation>
    </message>
</context>
<context>
    <name>ProductRows</name>
    <message>
        <source>Add a product</source>
        <translation>Добавить препарат</translation>
    </message>
</context>
<context>
    <name>ProductsEditor</name>
    <message>
        <source>Product</source>
        <translation>Препарат</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Производитель</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый препарат</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Партии</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партия</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Годен до</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Отозвана</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Номер партии</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Срок годности</translation>
    </message>
    <message>
        <source>Add lot</source>
        <translation>Добавить партию</translation>
    </message>
    <message>
        <source>ml, U, g…</source>
        <translation>мл, ЕД, г…</translation>
    </message>
    <message>
        <source>A substance from the list, or any other</source>
        <translation>Вещество из списка или любое другое</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>Производитель:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Единица:</translation>
    </message>
    <message>
        <source>Substances and allergens: a client allergic to one of them is warned about before the product is used.</source>
        <translation>Вещества и аллергены: об аллергии клиента на любое из них предупредят до применения препарата.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Препараты</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>с {date}</translation>
    </message>
    <message>
        <source>Lots of “{product}”</source>
        <translation>Партии «{product}»</translation>
    </message>
    <message>
        <source>Cancel the recall…</source>
        <translation>Отменить отзыв…</translation>
    </message>
    <message>
        <source>Mark recalled…</source>
        <translation>Отметить отозванной…</translation>
    </message>
    <message>
        <source>Lot {lot} of “{product}” is added.</source>
        <translation>Партия {lot} препарата «{product}» добавлена.</translation>
    </message>
    <message>
        <source>Lot {lot} is marked recalled.</source>
        <translation>Партия {lot} отмечена отозванной.</translation>
    </message>
    <message>
        <source>The recall of lot {lot} is cancelled.</source>
        <translation>Отзыв партии {lot} отменён.</translation>
    </message>
    <message>
        <source>Cancel the recall</source>
        <translation>Отмена отзыва</translation>
    </message>
    <message>
        <source>Lot {lot} of “{product}” will be usable again and the clients&apos; cards will stop warning about it. Cancel the recall?</source>
        <translation>Партию {lot} препарата «{product}» снова можно будет использовать, а карточки клиентов перестанут о ней предупреждать. Отменить отзыв?</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>“{section}” has changes that are not saved.</source>
        <translation>В разделе «{section}» есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Сохранить их перед переходом?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Остаться</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Основное</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the questionnaire (Ctrl+S)</source>
        <translation>Сохранить анкету (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрыть без сохранения (Esc)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Name day: day</source>
        <translation>Именины: день</translation>
    </message>
    <message>
        <source>Name day: month</source>
        <translation>Именины: месяц</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>{star} one of the two names is enough</source>
        <translation>{star} достаточно одного из двух: имени или фамилии</translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Обращение:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Name day:</source>
        <translation>Именины:</translation>
    </message>
    <message>
        <source>Preferred language:</source>
        <translation>Предпочитаемый язык:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— не выбрано —</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Чёрный список</translation>
    </message>
    <message>
        <source>Do not book: unwanted client or spam</source>
        <translation>Не записывать: нежелательный клиент или спам</translation>
    </message>
    <message>
        <source>Personal discount, %</source>
        <translation>Персональная скидка, %</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Карта лояльности</translation>
    </message>
    <message>
        <source>EAN-8 or EAN-13 barcode</source>
        <translation>Штрихкод EAN-8 или EAN-13</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Следующий звонок</translation>
    </message>
    <message>
        <source>No tags yet: the owner adds them in Settings.</source>
        <translation>Групп пока нет: их добавляет владелец в настройках.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Client number:</source>
        <translation>Номер клиента:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Отметки:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Скидка:</translation>
    </message>
    <message>
        <source>Loyalty card:</source>
        <translation>Карта лояльности:</translation>
    </message>
    <message>
        <source>Next call:</source>
        <translation>Следующий звонок:</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Служебные заметки</translation>
    </message>
    <message>
        <source>Visible notes</source>
        <translation>Видимые заметки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>for the staff only</source>
        <translation>только для сотрудников</translation>
    </message>
    <message>
        <source>shown on the card and whenever the client is picked</source>
        <translation>показываются в карточке и при каждом выборе клиента</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Добавить телефон</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <source>Main phone:</source>
        <translation>Основной телефон:</translation>
    </message>
    <message>
        <source>The main mobile identifies the client: two clients cannot share it. Other phones may repeat.</source>
        <translation>Основной мобильный телефон однозначно определяет клиента: у двух клиентов он не может совпадать. Другие телефоны могут повторяться.</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>Другие телефоны:</translation>
    </message>
    <message>
        <source>Add an e-mail</source>
        <translation>Добавить e-mail</translation>
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
        <translation>Другие адреса e-mail:</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Добавить профиль</translation>
    </message>
    <message>
        <source>Social networks and web sites</source>
        <translation>Соцсети и сайты</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Добавить адрес</translation>
    </message>
    <message>
        <source>Identity document type</source>
        <translation>Тип документа, удостоверяющего личность</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>Код подразделения</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действителен до</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Адрес регистрации</translation>
    </message>
    <message>
        <source>As in the document</source>
        <translation>Как в документе</translation>
    </message>
    <message>
        <source>Identity document (for contracts)</source>
        <translation>Документ, удостоверяющий личность (для договоров)</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Series:</source>
        <translation>Серия:</translation>
    </message>
    <message>
        <source>Date of issue:</source>
        <translation>Дата выдачи:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <source>Department code:</source>
        <translation>Код подразделения:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действителен до:</translation>
    </message>
    <message>
        <source>Registered address:</source>
        <translation>Адрес регистрации:</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <source>Documents with an expiry date</source>
        <translation>Документы со сроком действия</translation>
    </message>
    <message>
        <source>Medical certificate, insurance, signed consent, safety briefing…</source>
        <translation>Медицинская справка, страховой полис, подписанное согласие, инструктаж по технике безопасности…</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Убрать связь</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Родитель:</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Дети:</translation>
    </message>
    <message>
        <source>Add a contact person</source>
        <translation>Добавить контактное лицо</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>Consents given by the client</source>
        <translation>Согласия, данные клиентом</translation>
    </message>
    <message>
        <source>Tick a consent only when the client has given it, and correct the day it was given if it was not today. Unticking records that it was withdrawn, with the date.</source>
        <translation>Отмечайте согласие, только если клиент его дал, и исправьте дату, если оно дано не сегодня. Если снять отметку, будет записан отзыв согласия с датой.</translation>
    </message>
    <message>
        <source>Given on: {purpose}</source>
        <translation>Дата согласия: {purpose}</translation>
    </message>
    <message>
        <source>Restore them instead</source>
        <translation>Восстановить его вместо новой карточки</translation>
    </message>
    <message>
        <source>The client cannot be restored: they are no longer there or your role may not restore clients. Ask the salon&apos;s owner.</source>
        <translation>Клиента нельзя восстановить: его больше нет или вашей роли это не разрешено. Обратитесь к владельцу салона.</translation>
    </message>
    <message>
        <source>Restore from the archive</source>
        <translation>Восстановление из архива</translation>
    </message>
    <message>
        <source>Restore client No. {number}, {name}, from the archive?</source>
        <translation>Восстановить из архива клиента № {number}, {name}?</translation>
    </message>
    <message>
        <source>Their card opens; what was typed in this questionnaire is not saved.</source>
        <translation>Откроется его карточка; введённое в этой анкете не сохранится.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>recorded by {user}</source>
        <translation>записал(а) {user}</translation>
    </message>
    <message>
        <source>will be recorded when saved</source>
        <translation>будет записано при сохранении</translation>
    </message>
    <message>
        <source>The salon&apos;s own fields</source>
        <translation>Собственные поля салона</translation>
    </message>
    <message>
        <source>Opening the questionnaire…</source>
        <translation>Открываем анкету…</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>{star} required field</source>
        <translation>{star} — обязательное поле</translation>
    </message>
    <message>
        <source>e.g. dear Olena Petrivna</source>
        <translation>напр.: уважаемая Елена Петровна</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>Периодичность звонков (дней)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Call every (days):</source>
        <translation>Периодичность звонков (дней):</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Группы:</translation>
    </message>
    <message>
        <source>New client — questionnaire</source>
        <translation>Новый клиент — анкета</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>Questionnaire: {name}</source>
        <translation>Анкета: {name}</translation>
    </message>
    <message>
        <source>{name}, client No. {number}</source>
        <translation>{name}, клиент № {number}</translation>
    </message>
    <message>
        <source>No. {number} {name}</source>
        <translation>№ {number} {name}</translation>
    </message>
    <message>
        <source>This questionnaire cannot be saved: the client is no longer there or your role may not change it. Ask the salon&apos;s owner.</source>
        <translation>Не удаётся сохранить анкету: клиента уже нет в базе или ваша роль не позволяет её изменять. Обратитесь к владельцу салона.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыть</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Choose the parent</source>
        <translation>Выбор родителя</translation>
    </message>
    <message>
        <source>will be recorded as withdrawn today when saved</source>
        <translation>при сохранении будет записано как отозванное сегодня</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>отозвано {date}</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>срок истёк {date}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Сохранить изменения?</translation>
    </message>
    <message>
        <source>The questionnaire was changed and not saved yet.</source>
        <translation>Анкета изменена, но ещё не сохранена.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Изменено другим пользователем</translation>
    </message>
    <message>
        <source>Someone else saved this client while you were editing.</source>
        <translation>Пока вы редактировали анкету, другой пользователь сохранил изменения этого клиента.</translation>
    </message>
    <message>
        <source>Reload to see their version; what you typed here will be replaced. To keep your text, choose Keep editing and copy it first.</source>
        <translation>Нажмите «Обновить», чтобы увидеть его версию; введённое здесь будет заменено. Чтобы сохранить свой текст, выберите «Продолжить редактирование» и сначала скопируйте его.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>QuestionnaireFieldsPage</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Показывать</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>Always shown: it identifies the client.</source>
        <translation>Показывается всегда: по нему узнают клиента.</translation>
    </message>
    <message>
        <source>The main phone is always required.</source>
        <translation>Основной телефон обязателен всегда.</translation>
    </message>
    <message>
        <source>This field always has a value or is a list of rows.</source>
        <translation>У этого поля всегда есть значение, или это список строк.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Hidden fields leave the questionnaire and the card; what clients already have in them is kept, exported and merged. A required field must be filled before a questionnaire is saved.</source>
        <translation>Скрытые поля исчезают из анкеты и карточки; уже записанные в них данные клиентов сохраняются, выгружаются и объединяются. Обязательное поле нужно заполнить, прежде чем анкета сохранится.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Name day</source>
        <translation>Именины</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Предпочитаемый язык</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <source>Marks: VIP, blacklist</source>
        <translation>Отметки: VIP, чёрный список</translation>
    </message>
    <message>
        <source>Personal discount</source>
        <translation>Персональная скидка</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Карта лояльности</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>Периодичность звонков (дней)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Следующий звонок</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Служебные заметки</translation>
    </message>
    <message>
        <source>Visible notes</source>
        <translation>Видимые заметки</translation>
    </message>
    <message>
        <source>Main phone</source>
        <translation>Основной телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social networks and web sites</source>
        <translation>Соцсети и сайты</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <source>Documents with an expiry date</source>
        <translation>Документы со сроком действия</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактные лица</translation>
    </message>
    <message>
        <source>The questionnaire&apos;s fields are saved.</source>
        <translation>Поля анкеты сохранены.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireRows</name>
    <message>
        <source>Remove this line</source>
        <translation>Удалить эту строку</translation>
    </message>
</context>
<context>
    <name>RecallMarkDialog</name>
    <message>
        <source>Mark the lot recalled</source>
        <translation>Отметить партию отозванной</translation>
    </message>
    <message>
        <source>Lot {lot} of “{product}” will be refused from this day on, and the cards of the clients who received it will say so.</source>
        <translation>С этого дня партию {lot} препарата «{product}» нельзя будет использовать, а карточки получивших её клиентов сообщат об этом.</translation>
    </message>
    <message>
        <source>The supplier&apos;s notice, the reason…</source>
        <translation>Письмо поставщика, причина…</translation>
    </message>
    <message>
        <source>Mark recalled</source>
        <translation>Отметить отозванной</translation>
    </message>
    <message>
        <source>Recalled on:</source>
        <translation>Отозвана с:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
</context>
<context>
    <name>RequisitesForm</name>
    <message>
        <source>As clients know it</source>
        <translation>Как его знают клиенты</translation>
    </message>
    <message>
        <source>As in the state register</source>
        <translation>Как в государственном реестре</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Salon</source>
        <translation>Салон</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Юридическое наименование:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Also the default phone region: numbers typed without a country code are read as numbers of this country.</source>
        <translation>Также задаёт регион телефонов по умолчанию: номера без кода страны считаются номерами этой страны.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation>Регистрационные номера</translation>
    </message>
    <message>
        <source>The names of the numbers follow the country.</source>
        <translation>Названия номеров зависят от страны.</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Legal address:</source>
        <translation>Юридический адрес:</translation>
    </message>
    <message>
        <source>Actual address:</source>
        <translation>Фактический адрес:</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
    <message>
        <source>Account (IBAN):</source>
        <translation>Счёт (IBAN):</translation>
    </message>
    <message>
        <source>Who signs contracts</source>
        <translation>Кто подписывает договоры</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Save requisites</source>
        <translation>Сохранить реквизиты</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Contracts and printed documents take these details.</source>
        <translation>Эти данные используются в договорах и печатных документах.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Logo on documents:</source>
        <translation>Логотип в документах:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Нет логотипа</translation>
    </message>
    <message>
        <source>The logo on documents</source>
        <translation>Логотип в документах</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.heic)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.heic)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Файл не читается: {reason}</translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation>Логотип сохранён.</translation>
    </message>
    <message>
        <source>The logo is removed.</source>
        <translation>Логотип убран.</translation>
    </message>
    <message>
        <source>Registration number (EDRPOU):</source>
        <translation>Код ЕГРПОУ:</translation>
    </message>
    <message>
        <source>Tax number (IPN):</source>
        <translation>Налоговый номер (ИНН):</translation>
    </message>
    <message>
        <source>VAT certificate number:</source>
        <translation>Номер свидетельства плательщика НДС:</translation>
    </message>
    <message>
        <source>Bank code (MFO):</source>
        <translation>Код банка (МФО):</translation>
    </message>
    <message>
        <source>Registration number (OGRN):</source>
        <translation>ОГРН:</translation>
    </message>
    <message>
        <source>Tax number (INN):</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <source>Registration reason code (KPP):</source>
        <translation>КПП:</translation>
    </message>
    <message>
        <source>Bank code (BIC):</source>
        <translation>БИК:</translation>
    </message>
    <message>
        <source>Registration number (KRS):</source>
        <translation>Номер KRS:</translation>
    </message>
    <message>
        <source>Tax number (NIP):</source>
        <translation>Налоговый номер (NIP):</translation>
    </message>
    <message>
        <source>Statistical number (REGON):</source>
        <translation>Статистический номер (REGON):</translation>
    </message>
    <message>
        <source>Bank code (BIC/SWIFT):</source>
        <translation>Код банка (BIC/SWIFT):</translation>
    </message>
    <message>
        <source>Business ID number (BIN):</source>
        <translation>БИН:</translation>
    </message>
    <message>
        <source>Individual ID number (IIN):</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <source>Beneficiary code (KBe):</source>
        <translation>Код бенефициара (КБе):</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Регистрационный номер:</translation>
    </message>
    <message>
        <source>Taxpayer number (UNP):</source>
        <translation>УНП:</translation>
    </message>
    <message>
        <source>Classifier code (OKPO):</source>
        <translation>Код ОКПО:</translation>
    </message>
    <message>
        <source>Commercial register number (HRB):</source>
        <translation>Номер в торговом реестре (HRB):</translation>
    </message>
    <message>
        <source>Tax number (Steuernummer):</source>
        <translation>Налоговый номер (Steuernummer):</translation>
    </message>
    <message>
        <source>VAT ID (USt-IdNr.):</source>
        <translation>Номер плательщика НДС (USt-IdNr.):</translation>
    </message>
    <message>
        <source>Company ID (IČO):</source>
        <translation>Идентификационный номер (IČO):</translation>
    </message>
    <message>
        <source>Tax ID (DIČ):</source>
        <translation>Налоговый номер (DIČ):</translation>
    </message>
    <message>
        <source>Extra number:</source>
        <translation>Дополнительный номер:</translation>
    </message>
    <message>
        <source>Tax number:</source>
        <translation>Налоговый номер:</translation>
    </message>
    <message>
        <source>Salon requisites</source>
        <translation>Реквизиты салона</translation>
    </message>
    <message>
        <source>The requisites are not saved: please correct the marked fields.</source>
        <translation>Реквизиты не сохранены: исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>The requisites are saved.</source>
        <translation>Реквизиты сохранены.</translation>
    </message>
</context>
<context>
    <name>ScaleChart</name>
    <message>
        <source>min</source>
        <translation>мин.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс.</translation>
    </message>
    <message>
        <source>No skin assessments yet.</source>
        <translation>Оценок состояния кожи пока нет.</translation>
    </message>
    <message>
        <source>Choose the scales to draw above.</source>
        <translation>Выберите шкалы для графика выше.</translation>
    </message>
</context>
<context>
    <name>ScaleHistoryView</name>
    <message>
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Шкала</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <source>Only the owner can change the salon&apos;s settings.</source>
        <translation>Изменять настройки салона может только владелец.</translation>
    </message>
    <message>
        <source>This record no longer exists; the list is reloaded. Please try again.</source>
        <translation>Этой записи больше нет; список обновлён. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The change was not saved: {reason}</source>
        <translation>Изменение не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Only the owner can change the salon&apos;s settings. You can look at them here; the interface language of this computer is yours to choose.</source>
        <translation>Изменять настройки салона может только владелец. Здесь их можно просмотреть; язык интерфейса на этом компьютере вы выбираете сами.</translation>
    </message>
    <message>
        <source>The interface language is switched.</source>
        <translation>Язык интерфейса переключён.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Распишитесь здесь</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Подпись клиента</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Employee&apos;s signature</source>
        <translation>Подпись сотрудника</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>SkinLabels</name>
    <message>
        <source>Fitzpatrick phototype</source>
        <translation>Фототип по Фицпатрику</translation>
    </message>
    <message>
        <source>Glogau photoageing</source>
        <translation>Фотостарение по Глогау</translation>
    </message>
    <message>
        <source>Turgor</source>
        <translation>Тургор</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <source>Pigmentation</source>
        <translation>Пигментация</translation>
    </message>
    <message>
        <source>Vascular changes</source>
        <translation>Сосудистые изменения</translation>
    </message>
    <message>
        <source>Acne grade</source>
        <translation>Степень акне</translation>
    </message>
    <message>
        <source>Wrinkle depth</source>
        <translation>Глубина морщин</translation>
    </message>
    <message>
        <source>Fitzpatrick</source>
        <translation>Фицпатрик</translation>
    </message>
    <message>
        <source>Glogau</source>
        <translation>Глогау</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>Сосуды</translation>
    </message>
    <message>
        <source>Acne</source>
        <translation>Акне</translation>
    </message>
    <message>
        <source>Wrinkles</source>
        <translation>Морщины</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>слабо выражено</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>умеренно выражено</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>сильно выражено</translation>
    </message>
    <message>
        <source>Very fair skin: always burns, never tans</source>
        <translation>Очень светлая кожа: всегда обгорает, не загорает</translation>
    </message>
    <message>
        <source>Fair skin: burns easily, tans little</source>
        <translation>Светлая кожа: легко обгорает, загорает слабо</translation>
    </message>
    <message>
        <source>Light to beige skin: sometimes burns, tans gradually</source>
        <translation>Светлая или бежевая кожа: иногда обгорает, загорает постепенно</translation>
    </message>
    <message>
        <source>Olive skin: rarely burns, tans easily</source>
        <translation>Оливковая кожа: редко обгорает, легко загорает</translation>
    </message>
    <message>
        <source>Brown skin: very rarely burns, tans deeply</source>
        <translation>Смуглая кожа: очень редко обгорает, загорает сильно</translation>
    </message>
    <message>
        <source>Dark brown to black skin: never burns</source>
        <translation>Тёмно-коричневая или чёрная кожа: никогда не обгорает</translation>
    </message>
    <message>
        <source>No wrinkles: early photoageing, about 20–30 years</source>
        <translation>Без морщин: ранние признаки фотостарения, около 20–30 лет</translation>
    </message>
    <message>
        <source>Wrinkles in motion: lines with expression, about 30–40</source>
        <translation>Морщины в движении: появляются при мимике, около 30–40 лет</translation>
    </message>
    <message>
        <source>Wrinkles at rest: seen without expression, about 50</source>
        <translation>Морщины в покое: видны без мимики, около 50 лет</translation>
    </message>
    <message>
        <source>Only wrinkles: lines all over, sagging, 60 and older</source>
        <translation>Только морщины: морщины по всему лицу, птоз, от 60 лет</translation>
    </message>
    <message>
        <source>markedly reduced</source>
        <translation>значительно снижен</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>снижен</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>удовлетворительный</translation>
    </message>
    <message>
        <source>good</source>
        <translation>хороший</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>очень хороший</translation>
    </message>
    <message>
        <source>comedones</source>
        <translation>комедоны</translation>
    </message>
    <message>
        <source>papules, a few pustules</source>
        <translation>папулы, единичные пустулы</translation>
    </message>
    <message>
        <source>many papules and pustules</source>
        <translation>множество папул и пустул</translation>
    </message>
    <message>
        <source>nodules and cysts</source>
        <translation>узлы и кисты</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Нормальная</translation>
    </message>
    <message>
        <source>Dry</source>
        <translation>Сухая</translation>
    </message>
    <message>
        <source>Oily</source>
        <translation>Жирная</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Комбинированная</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Чувствительная</translation>
    </message>
    <message>
        <source>No wrinkles</source>
        <translation>Без морщин</translation>
    </message>
    <message>
        <source>Fine lines (dehydration)</source>
        <translation>Мелкие (обезвоженность)</translation>
    </message>
    <message>
        <source>Expression lines</source>
        <translation>Мимические</translation>
    </message>
    <message>
        <source>Gravitational (sagging)</source>
        <translation>Гравитационные (птоз)</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Смешанные</translation>
    </message>
    <message>
        <source>Resistant</source>
        <translation>Резистентная</translation>
    </message>
    <message>
        <source>Pigmented</source>
        <translation>Пигментированная</translation>
    </message>
    <message>
        <source>Non-pigmented</source>
        <translation>Непигментированная</translation>
    </message>
    <message>
        <source>Wrinkle-prone</source>
        <translation>Склонная к морщинам</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Упругая</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не оценивалось</translation>
    </message>
    <message>
        <source>Baumann type {letters}</source>
        <translation>Тип по Бауманн {letters}</translation>
    </message>
</context>
<context>
    <name>SocialRow</name>
    <message>
        <source>Network</source>
        <translation>Соцсеть</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>@name or a link to the profile</source>
        <translation>@имя или ссылка на профиль</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Blank questionnaire</source>
        <translation>Пустая анкета</translation>
    </message>
    <message>
        <source>Start the questionnaire from:</source>
        <translation>Начать анкету с:</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>New…</source>
        <translation>Новый…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Восстановить эту версию</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Версии:</translation>
    </message>
    <message>
        <source>Consent holds for (months, 0 = until withdrawn):</source>
        <translation>Согласие действует (месяцев, 0 = до отзыва):</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Сохранить новой версией</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Поля подстановки:</translation>
    </message>
    <message>
        <source>Enter or a double click inserts it.</source>
        <translation>Enter или двойной щелчок вставляет поле.</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Шаблоны документов</translation>
    </message>
    <message>
        <source>v.{version}</source>
        <translation>вер. {version}</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>v.{version}, {date}</source>
        <translation>вер. {version}, {date}</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Version {version}, saved {date} by {name}</source>
        <translation>Версия {version}, сохранена {date}, {name}</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>(an earlier version, read-only)</source>
        <translation>(прежняя версия, только просмотр)</translation>
    </message>
    <message>
        <source>The template is not saved: correct the placeholders listed.</source>
        <translation>Шаблон не сохранён: исправьте перечисленные поля подстановки.</translation>
    </message>
    <message>
        <source>“{name}” is saved as version {version}.</source>
        <translation>«{name}» сохранён как версия {version}.</translation>
    </message>
    <message>
        <source>The template “{name}” is added.</source>
        <translation>Шаблон «{name}» добавлен.</translation>
    </message>
    <message>
        <source>Rename the template</source>
        <translation>Переименовать шаблон</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
</context>
<context>
    <name>TemplateKinds</name>
    <message>
        <source>Service contract</source>
        <translation>Договор на услуги</translation>
    </message>
    <message>
        <source>Informed consent to a procedure</source>
        <translation>Информированное согласие на процедуру</translation>
    </message>
    <message>
        <source>Personal data consent</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <source>Health data consent</source>
        <translation>Согласие на обработку данных о здоровье</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Согласие на фотосъёмку</translation>
    </message>
    <message>
        <source>Price list agreement</source>
        <translation>Соглашение о ценах</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Последний вход</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No, disabled</source>
        <translation>Нет, отключён</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
</context>
<context>
    <name>UsersEditor</name>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Новый пользователь…</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Выбранный пользователь</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Может входить</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Установить новый пароль</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Повтор:</translation>
    </message>
    <message>
        <source>For a user who forgot their password: set a new one and tell it to them. At least {limit} characters.</source>
        <translation>Если пользователь забыл пароль, задайте новый и сообщите его пользователю. Не менее {limit} символов.</translation>
    </message>
    <message>
        <source>Accounts are never deleted: the history shows who did what. Untick “May log in” for someone who left.</source>
        <translation>Учётные записи никогда не удаляются: по истории видно, кто что делал. Если сотрудник ушёл, снимите отметку «Может входить».</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Selected user: {login}</source>
        <translation>Выбранный пользователь: {login}</translation>
    </message>
    <message>
        <source>Your own account</source>
        <translation>Ваша учётная запись</translation>
    </message>
    <message>
        <source>You are changing your own role or access. After you log out you may no longer be able to change the salon&apos;s settings. Continue?</source>
        <translation>Вы меняете собственную роль или доступ. После выхода вы, возможно, уже не сможете изменять настройки салона. Продолжить?</translation>
    </message>
    <message>
        <source>The account “{login}” is saved.</source>
        <translation>Учётная запись «{login}» сохранена.</translation>
    </message>
    <message>
        <source>The password of “{login}” is changed. Tell them the new one: it works from their next login.</source>
        <translation>Пароль пользователя «{login}» изменён. Сообщите ему новый пароль: он действует со следующего входа.</translation>
    </message>
    <message>
        <source>The user “{login}” is created and can log in now.</source>
        <translation>Пользователь «{login}» создан и уже может войти.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно для заполнения.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Слишком длинное значение: максимум символов — {limit}.</translation>
    </message>
    <message>
        <source>Contains invisible or control characters; please retype it.</source>
        <translation>Содержит невидимые или управляющие символы; введите значение заново.</translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation>Имя должно содержать буквы.</translation>
    </message>
    <message>
        <source>Type a first or a last name (one is enough).</source>
        <translation>Введите имя или фамилию (достаточно одного).</translation>
    </message>
    <message>
        <source>Not a phone number. Type it with the country code, e.g. {example}.</source>
        <translation>Это не номер телефона. Введите его с кодом страны, например {example}.</translation>
    </message>
    <message>
        <source>This number is not valid for {region}. Check the digits, e.g. {example}.</source>
        <translation>Этот номер недопустим для страны {region}. Проверьте цифры; пример номера: {example}.</translation>
    </message>
    <message>
        <source>This phone already belongs to client No. {number}, {name}.</source>
        <translation>Этот телефон уже указан у клиента № {number}, {name}.</translation>
    </message>
    <message>
        <source>This phone belongs to archived client No. {number}, {name}.</source>
        <translation>Этот телефон принадлежит клиенту из архива № {number}, {name}.</translation>
    </message>
    <message>
        <source>The same number is entered twice.</source>
        <translation>Один и тот же номер введён дважды.</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.com).</source>
        <translation>Это не адрес e-mail (name@example.com).</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Дата не может быть в будущем.</translation>
    </message>
    <message>
        <source>The date must be after {year}.</source>
        <translation>Дата должна быть позже {year} года.</translation>
    </message>
    <message>
        <source>Client number {number} is already used by {name}.</source>
        <translation>Номер клиента {number} уже занят: {name}.</translation>
    </message>
    <message>
        <source>Use letters, digits and - / . only, up to {limit} characters.</source>
        <translation>Допустимы только буквы, цифры и символы - / . (максимум символов — {limit}).</translation>
    </message>
    <message>
        <source>A card barcode has 8 or 13 digits (EAN-8 / EAN-13).</source>
        <translation>Штрихкод карты состоит из 8 или 13 цифр (EAN-8 / EAN-13).</translation>
    </message>
    <message>
        <source>The check digit is wrong: the barcode was mistyped.</source>
        <translation>Неверная контрольная цифра: штрихкод введён с ошибкой.</translation>
    </message>
    <message>
        <source>A discount is between 0 and 100%.</source>
        <translation>Скидка должна быть от 0 до 100%.</translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation>Введите число.</translation>
    </message>
    <message>
        <source>A date is expected (dd.mm.yyyy).</source>
        <translation>Введите дату (дд.мм.гггг).</translation>
    </message>
    <message>
        <source>Pick one of the offered values.</source>
        <translation>Выберите одно из предложенных значений.</translation>
    </message>
    <message>
        <source>No such day in the calendar.</source>
        <translation>Такой даты нет в календаре.</translation>
    </message>
    <message>
        <source>The expiry date is before the date of issue.</source>
        <translation>Дата окончания срока действия раньше даты выдачи.</translation>
    </message>
    <message>
        <source>Not a link or a profile name.</source>
        <translation>Это не ссылка и не имя профиля.</translation>
    </message>
    <message>
        <source>A client cannot be their own parent.</source>
        <translation>Клиент не может быть собственным родителем.</translation>
    </message>
    <message>
        <source>This link would make a family loop.</source>
        <translation>Такая связь создаст замкнутый круг в родственных связях.</translation>
    </message>
    <message>
        <source>This login is already taken.</source>
        <translation>Этот логин уже занят.</translation>
    </message>
    <message>
        <source>Use 3–32 Latin letters, digits, dot, dash or underscore.</source>
        <translation>Используйте от 3 до 32 символов: латинские буквы, цифры, точку, дефис или подчёркивание.</translation>
    </message>
    <message>
        <source>At least {limit} characters.</source>
        <translation>Не менее {limit} символов.</translation>
    </message>
    <message>
        <source>Unknown country code.</source>
        <translation>Неизвестный код страны.</translation>
    </message>
    <message>
        <source>This name is already in the list.</source>
        <translation>Такое название уже есть в списке.</translation>
    </message>
    <message>
        <source>Use Latin letters, digits and underscores, starting with a letter.</source>
        <translation>Используйте латинские буквы, цифры и подчёркивания; первым символом должна быть буква.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <source>The salon must keep at least one active owner.</source>
        <translation>В салоне должен оставаться хотя бы один активный владелец.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Not an amount of money. Type it like 1250 or 1 250,50.</source>
        <translation>Это не сумма. Введите, например, 1250 или 1 250,50.</translation>
    </message>
    <message>
        <source>At most {digits} digits after the comma.</source>
        <translation>Не больше {digits} знаков после запятой.</translation>
    </message>
    <message>
        <source>This currency has no fractions: type a whole number.</source>
        <translation>У этой валюты нет дробной части: введите целое число.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Слишком большая сумма.</translation>
    </message>
    <message>
        <source>This amount is in {currency}; the salon counts in {expected}.</source>
        <translation>Эта сумма в {currency}, а салон ведёт расчёты в {expected}.</translation>
    </message>
    <message>
        <source>Unknown currency code.</source>
        <translation>Неизвестный код валюты.</translation>
    </message>
    <message>
        <source>Unknown placeholder {name}: pick it from the list of placeholders.</source>
        <translation>Неизвестная подстановка {name}: выберите её из списка подстановок.</translation>
    </message>
    <message>
        <source>A placeholder is not closed: “{text}”.</source>
        <translation>Подстановка не закрыта: «{text}».</translation>
    </message>
    <message>
        <source>A consent holds for 1 to {limit} months, or until withdrawn.</source>
        <translation>Согласие действует от 1 до {limit} месяцев или до отзыва.</translation>
    </message>
    <message>
        <source>The form has no field {name}.</source>
        <translation>В бланке нет поля {name}.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB.</source>
        <translation>Файл больше {limit} МБ.</translation>
    </message>
    <message>
        <source>The check digit does not match: there is a typo in the number.</source>
        <translation>Контрольная цифра не совпадает: в номере опечатка.</translation>
    </message>
    <message>
        <source>Wrong length: such a number has {lengths} characters.</source>
        <translation>Неверная длина: в таком номере {lengths} знаков.</translation>
    </message>
    <message>
        <source>Only digits are allowed in this number.</source>
        <translation>В этом номере допускаются только цифры.</translation>
    </message>
    <message>
        <source>Not an IBAN: two letters of the country, two check digits, then the account.</source>
        <translation>Это не IBAN: две буквы страны, две контрольные цифры, затем номер счёта.</translation>
    </message>
    <message>
        <source>Not a BIC: 8 or 11 letters and digits, e.g. PBANUA2X.</source>
        <translation>Это не BIC: 8 или 11 букв и цифр, например PBANUA2X.</translation>
    </message>
    <message>
        <source>A KPP has 9 characters: 4 digits, 2 digits or letters, 3 digits.</source>
        <translation>КПП состоит из 9 знаков: 4 цифры, 2 цифры или буквы, 3 цифры.</translation>
    </message>
    <message>
        <source>Pick a value from {low} to {high}.</source>
        <translation>Выберите значение от {low} до {high}.</translation>
    </message>
    <message>
        <source>Choose one letter of each pair (O/D, S/R, P/N, W/T), or none at all.</source>
        <translation>Выберите по одной букве из каждой пары (O/D, S/R, P/N, W/T) или не выбирайте ни одной.</translation>
    </message>
    <message>
        <source>The face chart could not be read; please draw it again.</source>
        <translation>Не удалось прочитать схему лица; нарисуйте её заново.</translation>
    </message>
    <message>
        <source>An assessment can be corrected only on the day it was recorded, by its author or the owner. Record a new assessment instead.</source>
        <translation>Исправить оценку кожи можно только в день её записи, и только её автору или владельцу. Вместо этого запишите новую оценку.</translation>
    </message>
    <message>
        <source>Unknown condition code: {code}.</source>
        <translation>Неизвестный код состояния: {code}.</translation>
    </message>
    <message>
        <source>A duration is from {low} to {high} minutes.</source>
        <translation>Длительность — от {low} до {high} минут.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <source>A substance cannot be empty.</source>
        <translation>Вещество не может быть пустым.</translation>
    </message>
    <message>
        <source>Ruled out by the client&apos;s condition: {condition_name}. Give a reason to go ahead.</source>
        <translation>Противопоказано из-за состояния клиента: {condition_name}. Чтобы продолжить, укажите причину.</translation>
    </message>
    <message>
        <source>The client is allergic to {substance_name}, which {product} contains. Give a reason to go ahead.</source>
        <translation>У клиента аллергия на вещество {substance_name}, входящее в состав {product}. Чтобы продолжить, укажите причину.</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} expired on {expires_on} and cannot be used.</source>
        <translation>Срок годности партии {lot} препарата {product} истёк {expires_on}; её нельзя использовать.</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} was recalled on {recalled_on} and cannot be used.</source>
        <translation>Партия {lot} препарата {product} отозвана {recalled_on}; её нельзя использовать.</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} is already recorded as expiring on {expires_on}.</source>
        <translation>Партия {lot} препарата {product} уже записана со сроком годности до {expires_on}.</translation>
    </message>
    <message>
        <source>There is no product {name}; add it to the catalogue first.</source>
        <translation>Препарата «{name}» нет; сначала добавьте его в каталог.</translation>
    </message>
    <message>
        <source>This procedure is no longer offered.</source>
        <translation>Эта процедура больше не предлагается.</translation>
    </message>
    <message>
        <source>The next visit cannot be before the procedure.</source>
        <translation>Следующий визит не может быть раньше процедуры.</translation>
    </message>
    <message>
        <source>A refund cannot be more than the client has paid.</source>
        <translation>Возврат не может превышать оплаченную клиентом сумму.</translation>
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
        <translation>Дата и время:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Процедура:</translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation>Специалист:</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Зоны:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Препараты:</translation>
    </message>
    <message>
        <source>Device parameters:</source>
        <translation>Параметры аппарата:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Reaction:</source>
        <translation>Реакция:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Рекомендации:</translation>
    </message>
    <message>
        <source>Home care:</source>
        <translation>Домашний уход:</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Следующий визит:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Цена:</translation>
    </message>
    <message>
        <source>Sold:</source>
        <translation>Продано:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Оплачено:</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Записано:</translation>
    </message>
    <message>
        <source>Done despite a contraindication:</source>
        <translation>Выполнено вопреки противопоказанию:</translation>
    </message>
    <message>
        <source>{product}, lot {lot}, until {expiry}</source>
        <translation>{product}, партия {lot}, годен до {expiry}</translation>
    </message>
    <message>
        <source>recalled on {date}</source>
        <translation>отозвана {date}</translation>
    </message>
</context>
<context>
    <name>VisitTable</name>
    <message>
        <source>Done despite a contraindication; the reason is in the record.</source>
        <translation>Выполнено вопреки противопоказанию; причина указана в записи.</translation>
    </message>
    <message>
        <source>A lot used in this procedure was recalled.</source>
        <translation>Партия, использованная в этой процедуре, отозвана.</translation>
    </message>
    <message>
        <source>Paid at the visit; payments taken later count in the balance</source>
        <translation>Оплачено во время визита; оплаты, принятые позже, учтены в балансе</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
</context>
</TS>
