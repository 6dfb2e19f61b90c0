<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AddressRow</name>
    <message>
        <source>Address type</source>
        <translation>Тип адреси</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регіон</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <source>Street, house, flat</source>
        <translation>Вулиця, будинок, квартира</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Країна:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регіон:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Місто:</translation>
    </message>
    <message>
        <source>Street, house, flat:</source>
        <translation>Вулиця, будинок, квартира:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Індекс:</translation>
    </message>
</context>
<context>
    <name>AllergyRow</name>
    <message>
        <source>Substance</source>
        <translation>Речовина</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Реакція</translation>
    </message>
    <message>
        <source>Reaction, e.g. swelling, anaphylaxis</source>
        <translation>Реакція, напр. набряк, анафілаксія</translation>
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
        <translation>Перегляд версії {number}: під час збереження буде підписано версію {next}.</translation>
    </message>
    <message>
        <source>The first anamnesis of the client.</source>
        <translation>Первинний анамнез клієнта.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Complaints and goals</source>
        <translation>Скарги та цілі</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Спосіб життя</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Препарати</translation>
    </message>
    <message>
        <source>Surgeries and implants</source>
        <translation>Операції та імпланти</translation>
    </message>
    <message>
        <source>Pregnancy and cycle</source>
        <translation>Вагітність і цикл</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Алергії</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation>Підписати й зберегти</translation>
    </message>
    <message>
        <source>Save this version signed with your name (Ctrl+S)</source>
        <translation>Зберегти цю версію з вашим підписом (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрити без збереження (Esc)</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Відколи</translation>
    </message>
    <message>
        <source>When it was done or fitted</source>
        <translation>Коли виконано або встановлено</translation>
    </message>
    <message>
        <source>What the client comes with</source>
        <translation>З чим звернувся клієнт</translation>
    </message>
    <message>
        <source>e.g. 120/80</source>
        <translation>напр. 120/80</translation>
    </message>
    <message>
        <source>Infections and skin</source>
        <translation>Інфекції та шкіра</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <source>Allergies and intolerances</source>
        <translation>Алергії та непереносимість</translation>
    </message>
    <message>
        <source>Pick a substance from the list or type it as the client says it; procedures check the products&apos; substances against these.</source>
        <translation>Оберіть речовину зі списку або впишіть її так, як називає клієнт; під час запису процедури склад препаратів звіряється з цим списком.</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>Додати алергію</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
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
        <translation>Версія анамнезу</translation>
    </message>
    <message>
        <source>Older versions stay readable</source>
        <translation>Попередні версії залишаються доступними для перегляду</translation>
    </message>
    <message>
        <source>Version {number} of {date}</source>
        <translation>Версія {number} від {date}</translation>
    </message>
    <message>
        <source>Fill in the anamnesis…</source>
        <translation>Заповнити анамнез…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Переглянути…</translation>
    </message>
    <message>
        <source>Sign a new version, starting from this one</source>
        <translation>Підписати нову версію на основі цієї</translation>
    </message>
    <message>
        <source>No anamnesis recorded yet.</source>
        <translation>Анамнез ще не заповнено.</translation>
    </message>
    <message>
        <source>Version {number}, signed {moment} by {name}</source>
        <translation>Версія {number}, підписана {moment}, {name}</translation>
    </message>
    <message>
        <source>Allergies: {list}</source>
        <translation>Алергії: {list}</translation>
    </message>
    <message>
        <source>No allergies noted.</source>
        <translation>Алергій не зазначено.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Стани та захворювання</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>з {date}</translation>
    </message>
</context>
<context>
    <name>AnamnesisTexts</name>
    <message>
        <source>Complaints</source>
        <translation>Скарги</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цілі</translation>
    </message>
    <message>
        <source>Physical activity</source>
        <translation>Фізична активність</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Харчування</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Сон</translation>
    </message>
    <message>
        <source>Smoking</source>
        <translation>Куріння</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Алкоголь</translation>
    </message>
    <message>
        <source>Work conditions</source>
        <translation>Умови праці</translation>
    </message>
    <message>
        <source>Chronic diseases, details</source>
        <translation>Хронічні захворювання, подробиці</translation>
    </message>
    <message>
        <source>Medicines now and in the last 6 months</source>
        <translation>Препарати зараз і за останні 6 місяців</translation>
    </message>
    <message>
        <source>Supplements and vitamins</source>
        <translation>БАДи та вітаміни</translation>
    </message>
    <message>
        <source>Surgeries, with dates</source>
        <translation>Операції (з датами)</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Артеріальний тиск</translation>
    </message>
    <message>
        <source>Cycle notes</source>
        <translation>Особливості циклу</translation>
    </message>
    <message>
        <source>Infectious diseases</source>
        <translation>Інфекційні захворювання</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Захворювання шкіри</translation>
    </message>
    <message>
        <source>Procedures done elsewhere</source>
        <translation>Процедури в інших клініках</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Complaints and goals</source>
        <translation>Скарги та цілі</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Спосіб життя</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров’я</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Has allergies and contraindications — details for the specialist</source>
        <translation>Є алергії та протипоказання — подробиці у фахівця</translation>
    </message>
    <message>
        <source>Has allergies — details for the specialist</source>
        <translation>Є алергії — подробиці у фахівця</translation>
    </message>
    <message>
        <source>Has contraindications — details for the specialist</source>
        <translation>Є протипоказання — подробиці у фахівця</translation>
    </message>
    <message>
        <source>Allergy: {allergies}</source>
        <translation>Алергія: {allergies}</translation>
    </message>
    <message>
        <source>Contraindications: {conditions}</source>
        <translation>Протипоказання: {conditions}</translation>
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
        <translation>Не вдалося відкрити базу даних салону в {path}:
{error}</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive the client</source>
        <translation>Перенесення клієнта в архів</translation>
    </message>
    <message>
        <source>Why is {name} archived?</source>
        <translation>Чому {name} переноситься в архів?</translation>
    </message>
    <message>
        <source>The client leaves the working list and the search. The card and everything in it are kept; the client can be restored at any time.</source>
        <translation>Клієнт зникне з робочого списку та з пошуку. Картка і все, що в ній є, збережуться; клієнта можна будь-коли відновити.</translation>
    </message>
    <message>
        <source>For a duplicate card, “Merge with another card” keeps the phones, documents and history of both in one card.</source>
        <translation>Якщо це дублікат картки, скористайтеся дією «Об&apos;єднати з іншою карткою»: телефони, документи та історія обох карток збережуться в одній.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архів</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Переїзд</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Дублікат картки</translation>
    </message>
    <message>
        <source>Asked to be removed</source>
        <translation>На прохання клієнта</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Describe the reason (required)</source>
        <translation>Опишіть причину (обов&apos;язково)</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Подробиці (необов&apos;язково)</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>New skin assessment</source>
        <translation>Нова оцінка стану шкіри</translation>
    </message>
    <message>
        <source>Skin assessment of {day}</source>
        <translation>Оцінка стану шкіри від {day}</translation>
    </message>
    <message>
        <source>Correct the skin assessment of {day}</source>
        <translation>Виправлення оцінки шкіри від {day}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <source>Recorded by {name}, {moment}</source>
        <translation>Записав(ла): {name}, {moment}</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Шкіра</translation>
    </message>
    <message>
        <source>Face chart</source>
        <translation>Схема обличчя</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Тип шкіри</translation>
    </message>
    <message>
        <source>Wrinkle type</source>
        <translation>Тип зморшок</translation>
    </message>
    <message>
        <source>Baumann skin type</source>
        <translation>Тип шкіри за Бауманн</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>What you see: pores, rashes, scars, dehydration, zones…</source>
        <translation>Що видно: пори, висипання, рубці, зневоднення, зони…</translation>
    </message>
</context>
<context>
    <name>AssessmentsPanel</name>
    <message>
        <source>Skin assessments are seen only by specialists and the owner.</source>
        <translation>Оцінки стану шкіри бачать лише спеціалісти та власник.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Спеціаліст</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>New skin assessment</source>
        <translation>Нова оцінка шкіри</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Read the chosen assessment; on the day it was recorded, correct it</source>
        <translation>Переглянути вибрану оцінку; у день запису — виправити</translation>
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
        <translation>Зробити фото</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Зробити знімок</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Пробіл або Enter</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Перезняти</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Використати це фото</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>Дзеркально</translation>
    </message>
    <message>
        <source>Show the picture as a mirror does; the photo is kept as it is</source>
        <translation>Показувати зображення як у дзеркалі; саме фото зберігається без віддзеркалення</translation>
    </message>
    <message>
        <source>Camera:</source>
        <translation>Камера:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Роздільність:</translation>
    </message>
    <message>
        <source>Show previous photo</source>
        <translation>Показати попереднє фото</translation>
    </message>
    <message>
        <source>Opacity:</source>
        <translation>Видимість:</translation>
    </message>
    <message>
        <source>Opacity of the previous photo</source>
        <translation>Видимість попереднього фото</translation>
    </message>
    <message>
        <source>The photo is kept as the camera sees it, not mirrored.</source>
        <translation>Фото зберігається так, як його бачить камера, — без дзеркального відображення.</translation>
    </message>
    <message>
        <source>Opening the camera…</source>
        <translation>Камера вмикається…</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Камера {number}</translation>
    </message>
    <message>
        <source>A video file: {size}</source>
        <translation>Відеофайл: {size}</translation>
    </message>
    <message>
        <source>The camera gives {size}</source>
        <translation>Камера дає {size}</translation>
    </message>
    <message>
        <source>The camera is in use by another program. Close that program (a video call, another camera application) and press Try again, or choose a photo from a file.</source>
        <translation>Камера зайнята іншою програмою. Закрийте цю програму (відеодзвінок, інший застосунок для камери) і натисніть «Спробувати ще раз» або виберіть фото з файлу.</translation>
    </message>
    <message>
        <source>The camera stopped sending pictures: it may have been unplugged. Check its cable and press Try again, or choose a photo from a file.</source>
        <translation>Камера перестала передавати зображення: можливо, її від’єднали. Перевірте кабель і натисніть «Спробувати ще раз» або виберіть фото з файлу.</translation>
    </message>
    <message>
        <source>No camera was found. Connect a camera and press Try again, or choose a photo from a file.</source>
        <translation>Камеру не знайдено. Під’єднайте камеру і натисніть «Спробувати ще раз» або виберіть фото з файлу.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>Зображення з камери</translation>
    </message>
</context>
<context>
    <name>CardPortrait</name>
    <message>
        <source>Drop a photo file here to make it the client&apos;s photo</source>
        <translation>Перетягніть сюди файл із фото, щоб зробити його фото клієнта</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Сфотографувати</translation>
    </message>
    <message>
        <source>Take the client&apos;s photo with the camera</source>
        <translation>Сфотографувати клієнта камерою</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Вибрати файл…</translation>
    </message>
</context>
<context>
    <name>CardTemplatesEditor</name>
    <message>
        <source>New template</source>
        <translation>Новий шаблон</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>A new client&apos;s questionnaire starts from a template. With several, Ctrl+N asks which one.</source>
        <translation>Анкета нового клієнта починається із шаблону. Якщо шаблонів кілька, Ctrl+N запитає, який узяти.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Select a template to change it, or add a new one.</source>
        <translation>Виберіть шаблон, щоб змінити його, або додайте новий.</translation>
    </message>
    <message>
        <source>Offered first when there are several</source>
        <translation>Пропонувати першим, якщо шаблонів кілька</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категорія:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Знижка:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Групи:</translation>
    </message>
    <message>
        <source>Consents ticked:</source>
        <translation>Позначені згоди:</translation>
    </message>
    <message>
        <source>Custom fields:</source>
        <translation>Власні поля:</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Зберегти шаблон</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Templates for new cards</source>
        <translation>Шаблони нових карток</translation>
    </message>
    <message>
        <source>{name} (offered first)</source>
        <translation>{name} (пропонується першим)</translation>
    </message>
    <message>
        <source>The template “{name}” is saved.</source>
        <translation>Шаблон «{name}» збережено.</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Clients created from it keep their data.</source>
        <translation>Видалити шаблон «{name}»? Дані клієнтів, створених за ним, збережуться.</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Видалення шаблону</translation>
    </message>
    <message>
        <source>The template “{name}” is deleted.</source>
        <translation>Шаблон «{name}» видалено.</translation>
    </message>
</context>
<context>
    <name>CatalogueLabels</name>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
</context>
<context>
    <name>CatalogueSection</name>
    <message>
        <source>Show those not in use</source>
        <translation>Показати невживані</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Use again</source>
        <translation>Повернути в роботу</translation>
    </message>
    <message>
        <source>Offer it again when a procedure is recorded</source>
        <translation>Знову пропонувати під час запису процедури</translation>
    </message>
    <message>
        <source>Stop using</source>
        <translation>Прибрати з роботи</translation>
    </message>
    <message>
        <source>Recording no longer offers it; past procedures keep it</source>
        <translation>Більше не пропонується під час запису; у минулих процедурах зберігається</translation>
    </message>
    <message>
        <source>“{name}” is saved.</source>
        <translation>«{name}»: збережено.</translation>
    </message>
    <message>
        <source>“{name}” is offered again.</source>
        <translation>«{name}» знову пропонується.</translation>
    </message>
    <message>
        <source>“{name}” is no longer offered; the procedures already recorded keep it. Tick “Show those not in use” to bring it back.</source>
        <translation>«{name}» більше не пропонується; в уже записаних процедурах зберігається. Позначте «Показати невживані», щоб повернути.</translation>
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
        <translation>Нове значення…</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>Додати значення</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вгору</translation>
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
        <translation>Власник змінив ваш обліковий запис. Заблокуйте програму (Ctrl+L) і увійдіть знову.</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask the owner or the administrator.</source>
        <translation>Ваша роль цього не дозволяє. Зверніться до власника або адміністратора.</translation>
    </message>
    <message>
        <source>The client has not consented to clinical photos (or has withdrawn it). Record the consent in the questionnaire first.</source>
        <translation>Клієнт не давав згоди на клінічні фото (або відкликав її). Спершу позначте згоду в анкеті.</translation>
    </message>
    <message>
        <source>The client has not consented to the use of photos in advertising (or has withdrawn it). Record the consent in the questionnaire first.</source>
        <translation>Клієнт не давав згоди на використання фото в рекламі (або відкликав її). Спершу позначте згоду в анкеті.</translation>
    </message>
    <message>
        <source>The client has not consented to the processing of health data (or has withdrawn it). Record the consent in the questionnaire first.</source>
        <translation>Клієнт не давав згоди на обробку даних про здоров&apos;я (або відкликав її). Спершу позначте згоду в анкеті.</translation>
    </message>
    <message>
        <source>This card no longer exists. Reload the list and try again.</source>
        <translation>Цієї картки вже немає. Оновіть список і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Someone changed this card meanwhile. Look at it again and retry.</source>
        <translation>Тим часом хтось змінив цю картку. Перегляньте її ще раз і повторіть спробу.</translation>
    </message>
    <message>
        <source>The change was refused: {details}</source>
        <translation>Зміну відхилено: {details}</translation>
    </message>
    <message>
        <source>No. {number} {name}</source>
        <translation>№ {number} {name}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
</context>
<context>
    <name>ClientCardView</name>
    <message>
        <source>Choose a client in the list to see the card.</source>
        <translation>Виберіть клієнта у списку, щоб переглянути картку.</translation>
    </message>
    <message>
        <source>Card actions</source>
        <translation>Дії з карткою</translation>
    </message>
    <message>
        <source>Edit questionnaire</source>
        <translation>Редагувати анкету</translation>
    </message>
    <message>
        <source>Call made</source>
        <translation>Дзвінок здійснено</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>В архів…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Merge with another card…</source>
        <translation>Об&apos;єднати з іншою карткою…</translation>
    </message>
    <message>
        <source>Visible note: shown wherever the client is picked</source>
        <translation>Видима примітка: показується щоразу, коли вибирають клієнта</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>age {age}, born {date}</source>
        <translation>вік {age}, нар. {date}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>нар. {date}</translation>
    </message>
    <message>
        <source>came from: {source}</source>
        <translation>джерело: {source}</translation>
    </message>
    <message>
        <source>next call {date}</source>
        <translation>наступний дзвінок {date}</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Чорний список</translation>
    </message>
    <message>
        <source>Class {cls}</source>
        <translation>Клас {cls}</translation>
    </message>
    <message>
        <source>Discount {percent}%</source>
        <translation>Знижка {percent}%</translation>
    </message>
    <message>
        <source>Child of {link}</source>
        <translation>Батько / мати: {link}</translation>
    </message>
    <message>
        <source>Children: {links}</source>
        <translation>Діти: {links}</translation>
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
        <translation>Профілі</translation>
    </message>
    <message>
        <source>Click to copy {number}</source>
        <translation>Натисніть, щоб скопіювати {number}</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Зателефонувати</translation>
    </message>
    <message>
        <source>main</source>
        <translation>основний</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Звертання</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>Періодичність дзвінків (днів)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Name day</source>
        <translation>Іменини</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Робота</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Картка лояльності</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Наступний дзвінок</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>No contacts entered.</source>
        <translation>Контакти не внесено.</translation>
    </message>
    <message>
        <source>issued {date}</source>
        <translation>видано {date}</translation>
    </message>
    <message>
        <source>code {code}</source>
        <translation>код {code}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>термін дії до {date}</translation>
    </message>
    <message>
        <source>registered at {address}</source>
        <translation>реєстрація: {address}</translation>
    </message>
    <message>
        <source>no expiry date</source>
        <translation>без терміну дії</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>термін дії минув {date}</translation>
    </message>
    <message>
        <source>expires on {date}</source>
        <translation>термін дії спливає {date}</translation>
    </message>
    <message>
        <source>No documents entered.</source>
        <translation>Документи не внесено.</translation>
    </message>
    <message>
        <source>Family and contact persons</source>
        <translation>Родина та контактні особи</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Батько / мати</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Дитина</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактна особа</translation>
    </message>
    <message>
        <source>No family links or contact persons.</source>
        <translation>Немає родинних зв&apos;язків і контактних осіб.</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Згоди</translation>
    </message>
    <message>
        <source>given {date}</source>
        <translation>надано {date}</translation>
    </message>
    <message>
        <source>{given}, document {number}</source>
        <translation>{given}, документ № {number}</translation>
    </message>
    <message>
        <source>{given}, withdrawn {date}</source>
        <translation>{given}, відкликано {date}</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Згод не зафіксовано.</translation>
    </message>
    <message>
        <source>More about the client</source>
        <translation>Додатково про клієнта</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Службові примітки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <source>Documents of the client</source>
        <translation>Документи клієнта</translation>
    </message>
    <message>
        <source>BLACKLIST: this client is on the salon&apos;s blacklist.</source>
        <translation>ЧОРНИЙ СПИСОК: цей клієнт у чорному списку салону.</translation>
    </message>
    <message>
        <source>Consent expired: {purpose}, valid until {date}.</source>
        <translation>Сплив строк згоди: {purpose}, діяла до {date}.</translation>
    </message>
    <message>
        <source>Expired: {document}, valid until {date}.</source>
        <translation>Прострочено: {document}, термін дії до {date}.</translation>
    </message>
    <message>
        <source>Merged into {link} on {date}.</source>
        <translation>Об&apos;єднано з карткою {link} {date}.</translation>
    </message>
    <message>
        <source>Archived on {date}: {reason}</source>
        <translation>В архіві з {date}: {reason}</translation>
    </message>
    <message>
        <source>Archived on {date}.</source>
        <translation>В архіві з {date}.</translation>
    </message>
    <message>
        <source>Open that client</source>
        <translation>Відкрити цього клієнта</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Copied {number}</source>
        <translation>Скопійовано {number}</translation>
    </message>
    <message>
        <source>No program on this computer opens {url}.</source>
        <translation>На цьому комп&apos;ютері немає програми, яка відкриває {url}.</translation>
    </message>
    <message>
        <source>Call noted; next call on {date}.</source>
        <translation>Дзвінок позначено; наступний дзвінок — {date}.</translation>
    </message>
    <message>
        <source>Call noted.</source>
        <translation>Дзвінок позначено.</translation>
    </message>
    <message>
        <source>The client is back in the working list.</source>
        <translation>Клієнт знову в робочому списку.</translation>
    </message>
    <message>
        <source>The cards are merged.</source>
        <translation>Картки об&apos;єднано.</translation>
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
        <translation>Чорний список</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Діти</translation>
    </message>
    <message>
        <source>Birthday this week</source>
        <translation>День народження цього тижня</translation>
    </message>
    <message>
        <source>Expired documents</source>
        <translation>Прострочені документи</translation>
    </message>
    <message>
        <source>Has debt</source>
        <translation>Має борг</translation>
    </message>
    <message>
        <source>Clients who owe the salon for their procedures</source>
        <translation>Клієнти, які винні салону за процедури</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Архів</translation>
    </message>
    <message>
        <source>Show the archive instead of the working list</source>
        <translation>Показати архів замість робочого списку</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Source: how the client found the salon</source>
        <translation>Джерело: як клієнт дізнався про салон</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Importance class</source>
        <translation>Клас важливості</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Будь-яка група</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Будь-яке джерело</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Будь-яка категорія</translation>
    </message>
    <message>
        <source>{name} (hidden)</source>
        <translation>{name} (приховано)</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>Будь-який клас</translation>
    </message>
</context>
<context>
    <name>ClientHistory</name>
    <message>
        <source>Client number</source>
        <translation>Номер клієнта</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Name day</source>
        <translation>Іменини</translation>
    </message>
    <message>
        <source>Name day (month)</source>
        <translation>Іменини (місяць)</translation>
    </message>
    <message>
        <source>Name day (day)</source>
        <translation>Іменини (день)</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Бажана мова</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Main phone</source>
        <translation>Основний телефон</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Чорний список</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Відповідальний працівник</translation>
    </message>
    <message>
        <source>Discount, %</source>
        <translation>Знижка, %</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Картка лояльності</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Батько / мати</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>Періодичність дзвінків (днів)</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Наступний дзвінок</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Останній візит</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Службові примітки</translation>
    </message>
    <message>
        <source>Visible notes</source>
        <translation>Видимі примітки</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Перенесено в архів</translation>
    </message>
    <message>
        <source>Reason for archiving</source>
        <translation>Причина архівування</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Об&apos;єднано з</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Ким створено</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Ким змінено</translation>
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
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Social profile</source>
        <translation>Профіль у соцмережі</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, що посвідчує особу</translation>
    </message>
    <message>
        <source>Document with expiry</source>
        <translation>Документ із терміном дії</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактна особа</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Додаткове поле</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>Added to groups</source>
        <translation>Додано до груп</translation>
    </message>
    <message>
        <source>Removed from groups</source>
        <translation>Вилучено з груп</translation>
    </message>
    <message>
        <source>Document No. {number}</source>
        <translation>Документ № {number}</translation>
    </message>
    <message>
        <source>Merged with client {client}</source>
        <translation>Об’єднано з клієнтом {client}</translation>
    </message>
    <message>
        <source>Archived: {reason}</source>
        <translation>Перенесено в архів: {reason}</translation>
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
        <translation>основний</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примітка</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Звертання</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
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
        <translation>адреса</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регіон</translation>
    </message>
    <message>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <source>street</source>
        <translation>вулиця</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>індекс</translation>
    </message>
    <message>
        <source>network</source>
        <translation>соцмережа</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>профіль</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>мета</translation>
    </message>
    <message>
        <source>given</source>
        <translation>надано</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>хто записав</translation>
    </message>
    <message>
        <source>evidencing document</source>
        <translation>підтверджувальний документ</translation>
    </message>
    <message>
        <source>series</source>
        <translation>серія</translation>
    </message>
    <message>
        <source>issued on</source>
        <translation>дата видачі</translation>
    </message>
    <message>
        <source>issued by</source>
        <translation>ким виданий</translation>
    </message>
    <message>
        <source>department code</source>
        <translation>код підрозділу</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>дійсний до</translation>
    </message>
    <message>
        <source>registration address</source>
        <translation>адреса реєстрації</translation>
    </message>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ім&apos;я</translation>
    </message>
    <message>
        <source>role</source>
        <translation>ким доводиться</translation>
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
        <translation>значення</translation>
    </message>
    <message>
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Відновлено з архіву</translation>
    </message>
    <message>
        <source>Viewed: {section}</source>
        <translation>Переглянуто: {section}</translation>
    </message>
    <message>
        <source>Card created</source>
        <translation>Картку створено</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>{section} added</source>
        <translation>{section}: додано</translation>
    </message>
    <message>
        <source>{section} removed</source>
        <translation>{section}: видалено</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(система)</translation>
    </message>
    <message>
        <source>From a duplicate card merged into this one.</source>
        <translation>З картки-дубліката, об&apos;єднаної з цією.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Було</translation>
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
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фільтри</translation>
    </message>
    <message>
        <source>Filters ({count})</source>
        <translation>Фільтри ({count})</translation>
    </message>
    <message>
        <source>Show or hide the filters (Ctrl+Shift+F)</source>
        <translation>Показати або сховати фільтри (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Archived: {count}</source>
        <translation>В архіві: {count}</translation>
    </message>
    <message>
        <source>Clients: {count}</source>
        <translation>Клієнтів: {count}</translation>
    </message>
    <message>
        <source>No clients match “{text}”.</source>
        <translation>За запитом «{text}» клієнтів не знайдено.</translation>
    </message>
    <message>
        <source>Showing results for “{text}”</source>
        <translation>Результати пошуку за запитом «{text}»</translation>
    </message>
    <message>
        <source>No clients match these filters.</source>
        <translation>Немає клієнтів, що відповідають цим фільтрам.</translation>
    </message>
    <message>
        <source>No clients yet. Press Ctrl+N to add the first one.</source>
        <translation>Клієнтів ще немає. Натисніть Ctrl+N, щоб додати першого.</translation>
    </message>
    <message>
        <source>1 archived client matches — show it</source>
        <translation>В архіві є 1 відповідний клієнт — показати</translation>
    </message>
    <message numerus="yes">
        <source>%n archived clients match — show them</source>
        <translation>
            <numerusform>В архіві %n відповідний клієнт — показати</numerusform>
            <numerusform>В архіві %n відповідні клієнти — показати</numerusform>
            <numerusform>В архіві %n відповідних клієнтів — показати</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded: {error}</source>
        <translation>Не вдалося завантажити список: {error}</translation>
    </message>
</context>
<context>
    <name>ClientPickerDialog</name>
    <message>
        <source>Choose a client</source>
        <translation>Вибір клієнта</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Знайти клієнта</translation>
    </message>
    <message>
        <source>Name, phone, e-mail or client number</source>
        <translation>Ім&apos;я, телефон, e-mail або номер клієнта</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Знайдені клієнти</translation>
    </message>
    <message>
        <source>Start typing to find the client.</source>
        <translation>Почніть вводити, щоб знайти клієнта.</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling or try the phone.</source>
        <translation>Нікого не знайдено. Перевірте написання або спробуйте пошук за телефоном.</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Near match: one letter differs from what was typed</source>
        <translation>Схожий збіг: одна літера відрізняється від введеного</translation>
    </message>
    <message>
        <source>Archived client</source>
        <translation>Клієнт в архіві</translation>
    </message>
    <message>
        <source>Flags: VIP, blacklist, child, expired documents, allergies, contraindications</source>
        <translation>Позначки: VIP, чорний список, дитина, прострочені документи, алергії, протипоказання</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>За цим стовпцем сортувати не можна</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата нар.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Останній візит</translation>
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
        <translation>Знайти стан…</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Стан</translation>
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
        <translation>Попереджає</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Забороняє</translation>
    </message>
</context>
<context>
    <name>ConsentGate</name>
    <message>
        <source>Consent needed</source>
        <translation>Потрібна згода</translation>
    </message>
    <message>
        <source>Open the questionnaire</source>
        <translation>Відкрити анкету</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
</context>
<context>
    <name>ConsentNotice</name>
    <message>
        <source>The client has not consented to the processing of health data (or has withdrawn it): nothing can be recorded until the consent is.</source>
        <translation>Клієнт не надав згоди на обробку даних про здоров’я (або відкликав її): доки згоду не оформлено, нічого записати не можна.</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Оформити згоду…</translation>
    </message>
    <message>
        <source>Consent to the processing of health data</source>
        <translation>Згода на обробку даних про здоров’я</translation>
    </message>
    <message>
        <source>Record that {name} consents to the processing of health data as of today?

Do it only when the client has signed the consent.</source>
        <translation>Зазначити, що {name} надає згоду на обробку даних про здоров’я від сьогодні?

Робіть це, лише якщо клієнт підписав згоду.</translation>
    </message>
</context>
<context>
    <name>ContactPersonRow</name>
    <message>
        <source>Contact person&apos;s name</source>
        <translation>Ім&apos;я контактної особи</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ким доводиться</translation>
    </message>
    <message>
        <source>e.g. mother, husband</source>
        <translation>напр., мама, чоловік</translation>
    </message>
    <message>
        <source>Contact person&apos;s phone</source>
        <translation>Телефон контактної особи</translation>
    </message>
    <message>
        <source>Contact person&apos;s e-mail</source>
        <translation>E-mail контактної особи</translation>
    </message>
    <message>
        <source>Contact person note</source>
        <translation>Примітка щодо контактної особи</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ім&apos;я:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ким доводиться:</translation>
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
        <translation>Примітка:</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Fill a document: {name}</source>
        <translation>Заповнити документ: {name}</translation>
    </message>
    <message>
        <source>Leave the rest blank to fill in by hand</source>
        <translation>Залишити решту порожньою, заповнити від руки</translation>
    </message>
    <message>
        <source>The client has signed a printed copy</source>
        <translation>Клієнт підписав роздрукований примірник</translation>
    </message>
    <message>
        <source>Refresh preview</source>
        <translation>Оновити попередній перегляд</translation>
    </message>
    <message>
        <source>Save to the card</source>
        <translation>Зберегти в картку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
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
        <translation>Підписи</translation>
    </message>
    <message>
        <source>The salon has no active templates; the owner adds them in Settings.</source>
        <translation>У салоні немає активних шаблонів; власник додає їх у налаштуваннях.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— немає —</translation>
    </message>
    <message>
        <source>The preview waits for the values missing on the left: fill them in, or tick “Leave the rest blank to fill in by hand”.</source>
        <translation>Для попереднього перегляду бракує значень ліворуч: заповніть їх або позначте «Залишити решту порожньою, заповнити від руки».</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>Не вдалося побудувати попередній перегляд.</translation>
    </message>
    <message>
        <source>Fill this in, or tick “Leave the rest blank to fill in by hand”.</source>
        <translation>Заповніть це поле або позначте «Залишити решту порожньою, заповнити від руки».</translation>
    </message>
    <message>
        <source>Some values are missing (see above); the document was not saved.</source>
        <translation>Бракує деяких значень (див. вище); документ не збережено.</translation>
    </message>
    <message>
        <source>The questionnaire did not take these values; see above.</source>
        <translation>Анкета не прийняла ці значення; див. вище.</translation>
    </message>
    <message>
        <source>Saved as No. {number}</source>
        <translation>Збережено під № {number}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close without saving? The values typed and the signatures will be lost.</source>
        <translation>Закрити без збереження? Введені значення та підписи буде втрачено.</translation>
    </message>
</context>
<context>
    <name>ContraindicationDialog</name>
    <message>
        <source>Contraindications</source>
        <translation>Протипоказання</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Не можна</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Заборона</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Обережно</translation>
    </message>
    <message>
        <source>Reason to proceed</source>
        <translation>Причина продовжити</translation>
    </message>
    <message>
        <source>Go back and correct the lot</source>
        <translation>Повернутися й виправити партію</translation>
    </message>
    <message>
        <source>Why go ahead anyway? The reason is kept in the record:</source>
        <translation>Чому все ж продовжити? Причину буде збережено в картці:</translation>
    </message>
    <message>
        <source>Proceed anyway</source>
        <translation>Все одно продовжити</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Повернутися</translation>
    </message>
    <message>
        <source>Proceed</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>This procedure cannot be recorded as it is:</source>
        <translation>Цю процедуру не можна записати в такому вигляді:</translation>
    </message>
    <message>
        <source>The client&apos;s health record rules this procedure out:</source>
        <translation>За даними про здоров&apos;я клієнта процедура протипоказана:</translation>
    </message>
    <message>
        <source>Take care: the client&apos;s health record calls for caution.</source>
        <translation>Увага: дані про здоров&apos;я клієнта вимагають обережності.</translation>
    </message>
    <message>
        <source>Allergy to {substance}, which {product} contains</source>
        <translation>Алергія на {substance} — компонент препарату {product}</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} was recalled on {date}</source>
        <translation>Партію {lot} препарату {product} відкликано {date}</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} expired on {date}</source>
        <translation>Термін придатності партії {lot} препарату {product} минув {date}</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Росія</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Білорусь</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузія</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Німеччина</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехія</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словаччина</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвія</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Естонія</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румунія</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Вірменія</translation>
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
        <translation>Ізраїль</translation>
    </message>
</context>
<context>
    <name>CropDialog</name>
    <message>
        <source>Crop the photo</source>
        <translation>Обрізання фото</translation>
    </message>
    <message>
        <source>Use this crop</source>
        <translation>Застосувати</translation>
    </message>
</context>
<context>
    <name>CropEditor</name>
    <message>
        <source>Crop frame</source>
        <translation>Рамка обрізання</translation>
    </message>
    <message>
        <source>Drag the frame or its corners. Arrow keys move it, Shift+arrows resize it.</source>
        <translation>Перетягуйте рамку або її кути. Стрілки рухають рамку, Shift+стрілки змінюють її розмір.</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>Ukrainian hryvnia</source>
        <translation>Українська гривня</translation>
    </message>
    <message>
        <source>Polish złoty</source>
        <translation>Польський злотий</translation>
    </message>
    <message>
        <source>Russian rouble</source>
        <translation>Російський рубль</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Євро</translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation>Долар США</translation>
    </message>
    <message>
        <source>Pound sterling</source>
        <translation>Фунт стерлінгів</translation>
    </message>
    <message>
        <source>Swiss franc</source>
        <translation>Швейцарський франк</translation>
    </message>
    <message>
        <source>Czech koruna</source>
        <translation>Чеська крона</translation>
    </message>
    <message>
        <source>Hungarian forint</source>
        <translation>Угорський форинт</translation>
    </message>
    <message>
        <source>Romanian leu</source>
        <translation>Румунський лей</translation>
    </message>
    <message>
        <source>Swedish krona</source>
        <translation>Шведська крона</translation>
    </message>
    <message>
        <source>Norwegian krone</source>
        <translation>Норвезька крона</translation>
    </message>
    <message>
        <source>Danish krone</source>
        <translation>Данська крона</translation>
    </message>
    <message>
        <source>Belarusian rouble</source>
        <translation>Білоруський рубль</translation>
    </message>
    <message>
        <source>Moldovan leu</source>
        <translation>Молдовський лей</translation>
    </message>
    <message>
        <source>Georgian lari</source>
        <translation>Грузинський ларі</translation>
    </message>
    <message>
        <source>Armenian dram</source>
        <translation>Вірменський драм</translation>
    </message>
    <message>
        <source>Azerbaijani manat</source>
        <translation>Азербайджанський манат</translation>
    </message>
    <message>
        <source>Kazakhstani tenge</source>
        <translation>Казахстанський теньге</translation>
    </message>
    <message>
        <source>Uzbekistani som</source>
        <translation>Узбецький сум</translation>
    </message>
    <message>
        <source>Turkish lira</source>
        <translation>Турецька ліра</translation>
    </message>
    <message>
        <source>Israeli new shekel</source>
        <translation>Новий ізраїльський шекель</translation>
    </message>
    <message>
        <source>Canadian dollar</source>
        <translation>Канадський долар</translation>
    </message>
    <message>
        <source>Japanese yen</source>
        <translation>Японська єна</translation>
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
        <translation>Нове поле</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Приховати</translation>
    </message>
    <message>
        <source>Hidden fields keep their values but leave the forms.</source>
        <translation>Приховані поля зберігають значення, але зникають із форм.</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Показати приховані</translation>
    </message>
    <message>
        <source>Required in the questionnaire</source>
        <translation>Обов&apos;язкове в анкеті</translation>
    </message>
    <message>
        <source>A questionnaire without this field filled in is not saved.</source>
        <translation>Анкета не збережеться, доки це поле не заповнене.</translation>
    </message>
    <message>
        <source>The key and the type cannot be changed after the field is created: stored values and contract templates depend on them.</source>
        <translation>Ключ і тип не можна змінити після створення поля: від них залежать збережені значення та шаблони договорів.</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Значення:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <source>Contract templates refer to the field by this key.</source>
        <translation>Шаблони договорів звертаються до поля за цим ключем.</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Renaming or removing a value does not change clients who already have the old one.</source>
        <translation>Перейменування або видалення значення не змінює клієнтів, у яких уже вказане старе значення.</translation>
    </message>
    <message>
        <source>Save field</source>
        <translation>Зберегти поле</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Select a field to change it.</source>
        <translation>Виберіть поле, щоб змінити його.</translation>
    </message>
    <message>
        <source>Select a field to change it, or add a new one.</source>
        <translation>Виберіть поле, щоб змінити його, або додайте нове.</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Додаткові поля</translation>
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
        <translation>Так / ні</translation>
    </message>
    <message>
        <source>Choice from a list</source>
        <translation>Вибір зі списку</translation>
    </message>
    <message>
        <source>Hidden: kept with its values, not on forms.</source>
        <translation>Приховано: зберігається зі значеннями, але не показується у формах.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Показати знову</translation>
    </message>
    <message>
        <source>Choose the key and the type with care: they cannot be changed once the field is saved.</source>
        <translation>Обирайте ключ і тип уважно: після збереження поля їх не можна змінити.</translation>
    </message>
    <message>
        <source>The field “{label}” is saved.</source>
        <translation>Поле «{label}» збережено.</translation>
    </message>
    <message>
        <source>The field “{label}” is on the forms again.</source>
        <translation>Поле «{label}» знову показується у формах.</translation>
    </message>
    <message>
        <source>The field “{label}” is hidden: clients keep their values; “Show hidden” brings it back.</source>
        <translation>Поле «{label}» приховано: значення клієнтів збережено; «Показати приховані» поверне його.</translation>
    </message>
</context>
<context>
    <name>CustomFieldsForm</name>
    <message>
        <source>The salon has no fields of its own yet. The owner can add them in Settings → Custom fields.</source>
        <translation>У салону ще немає власних полів. Власник може додати їх у розділі Налаштування → Додаткові поля.</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>{path} is a file, not a folder. Move the file away or choose another data folder.</source>
        <translation>{path} — це файл, а не папка. Перемістіть файл або виберіть іншу папку даних.</translation>
    </message>
    <message>
        <source>The data folder {path} does not exist and cannot be created. Choose a folder on a disk you can write to.</source>
        <translation>Папки даних {path} немає, і створити її не вдається. Виберіть папку на диску, куди дозволено запис.</translation>
    </message>
    <message>
        <source>The data folder {path} is read-only: nothing could be saved there. Allow writing to it or choose another folder.</source>
        <translation>Папка даних {path} доступна лише для читання: зберегти в ній нічого не можна. Дозвольте запис до неї або виберіть іншу папку.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full. Free some space and start the program again.</source>
        <translation>Диск, на якому розташовано {path}, заповнений. Звільніть місце й запустіть програму знову.</translation>
    </message>
    <message>
        <source>{path} is not a salon database: it is damaged or another kind of file. Restore it from a backup or choose another data folder.</source>
        <translation>{path} — не база даних салону: файл пошкоджено або це файл іншого типу. Відновіть його з резервної копії або виберіть іншу папку даних.</translation>
    </message>
    <message>
        <source>The salon&apos;s database in {path} cannot be opened. Check that the disk is connected and start the program again.</source>
        <translation>Не вдається відкрити базу даних салону в {path}. Перевірте, чи під’єднано диск, і запустіть програму знову.</translation>
    </message>
    <message>
        <source>The salon&apos;s server {path} cannot be reached or refused the connection. Check that the server is running and that the user name, password and database name are right.</source>
        <translation>Сервер салону {path} недоступний або відмовив у з&apos;єднанні. Перевірте, що сервер запущено і що ім&apos;я користувача, пароль та назву бази даних указано правильно.</translation>
    </message>
    <message>
        <source>The database {path} on the server holds another program&apos;s tables or a newer version of this program&apos;s. Choose another database or update the program.</source>
        <translation>База даних {path} на сервері містить таблиці іншої програми або новішої версії цієї. Виберіть іншу базу даних або оновіть програму.</translation>
    </message>
    <message>
        <source>The server settings in {path} are damaged. Connect the data folder to the salon&apos;s server again.</source>
        <translation>Налаштування сервера в {path} пошкоджено. Під&apos;єднайте теку даних до сервера салону знову.</translation>
    </message>
    <message>
        <source>The folder {path} for the salon&apos;s photos and files does not exist or cannot be reached. Check that the shared folder is connected, or choose another one.</source>
        <translation>Папка {path} для фотографій і файлів салону не існує або недоступна. Перевірте, що спільну папку підключено, або виберіть іншу.</translation>
    </message>
    <message>
        <source>The folder {path} for the salon&apos;s photos and files is read-only: nothing could be saved there. Allow writing to it or choose another folder.</source>
        <translation>Папка {path} для фотографій і файлів салону доступна лише для читання: зберегти в неї нічого не можна. Дозвольте запис до неї або виберіть іншу папку.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} is empty (0 bytes): the salon&apos;s data is not in it. Restore it from a backup; to start a new salon instead, remove the file.</source>
        <translation>База даних салону {path} порожня (0 байтів): даних салону в ній немає. Відновіть її з резервної копії; щоб почати новий салон, видаліть файл.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} is damaged: its check found errors. Restore the latest good backup or save what can still be read.</source>
        <translation>База даних салону {path} пошкоджена: перевірка знайшла помилки. Відновіть останню справну резервну копію або збережіть те, що ще читається.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} was written by a newer version of the program. Install that version (or a later one) to open it; this one will not change it.</source>
        <translation>База даних салону {path} записана новішою версією програми. Встановіть цю версію (або новішу), щоб відкрити її; ця версія її не змінить.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} is read-only and was written by an older version of the program, so it cannot be brought up to date. Allow writing to the folder.</source>
        <translation>База даних салону {path} доступна лише для читання і записана старішою версією програми, тому її не можна оновити. Дозвольте запис у теку.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} cannot be protected against power cuts on this disk. Move the data folder to a local disk.</source>
        <translation>На цьому диску базу даних салону {path} не можна захистити від вимкнення живлення. Перенесіть теку даних на локальний диск.</translation>
    </message>
    <message>
        <source>The salon&apos;s database {path} is busy with another program. Nothing was saved; try again in a moment.</source>
        <translation>База даних салону {path} зайнята іншою програмою. Нічого не збережено; спробуйте ще раз за хвилину.</translation>
    </message>
    <message>
        <source>A photo or file of the salon is missing from {path}. Restore the media folder from a backup.</source>
        <translation>У {path} бракує фото або файлу салону. Відновіть теку медіафайлів із резервної копії.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.рррр</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Вибрати дату</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Fill contract…</source>
        <translation>Заповнити договір…</translation>
    </message>
    <message>
        <source>Fill a contract or a consent for the client on the card (Ctrl+Shift+D)</source>
        <translation>Заповнити договір або згоду для клієнта в картці (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Print questionnaire…</source>
        <translation>Друк анкети…</translation>
    </message>
    <message>
        <source>The questionnaire of the client on the card as a PDF to print (Ctrl+P)</source>
        <translation>Анкета клієнта з картки у PDF для друку (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print cosmetology record…</source>
        <translation>Друк косметологічної картки…</translation>
    </message>
    <message>
        <source>The cosmetology record of the client on the card as a PDF to print (Ctrl+Alt+P)</source>
        <translation>Косметологічна картка клієнта з картки у PDF для друку (Ctrl+Alt+P)</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Шаблони документів</translation>
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
        <translation>Документ не вдалося надрукувати. Перевірте принтер і повторіть.</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Зберегти документ як</translation>
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
        <translation>Заповнити PDF-бланк…</translation>
    </message>
    <message>
        <source>Fill one of the salon&apos;s PDF forms for this client</source>
        <translation>Заповнити один з PDF-бланків салону для цього клієнта</translation>
    </message>
</context>
<context>
    <name>DocumentsRegistry</name>
    <message>
        <source>Filled documents</source>
        <translation>Заповнені документи</translation>
    </message>
    <message>
        <source>No documents have been made for this client yet.</source>
        <translation>Для цього клієнта ще не складено жодного документа.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Склав</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Підписано</translation>
    </message>
    <message>
        <source>Signed by the client</source>
        <translation>Підписано клієнтом</translation>
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
        <translation>Файлу документа {number} немає в теці даних. Щоб повернути його, відновіть теку даних із резервної копії.</translation>
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
        <translation>Жіноча</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Чоловіча</translation>
    </message>
    <message>
        <source>Other / not stated</source>
        <translation>Інша / не вказано</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Мобільний</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Домашній</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Робочий</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Домашня адреса</translation>
    </message>
    <message>
        <source>Work address</source>
        <translation>Робоча адреса</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Поштова адреса</translation>
    </message>
    <message>
        <source>Registration address</source>
        <translation>Адреса реєстрації</translation>
    </message>
    <message>
        <source>VK</source>
        <translation>VK</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>A — key client</source>
        <translation>A — ключовий клієнт</translation>
    </message>
    <message>
        <source>B — regular client</source>
        <translation>B — постійний клієнт</translation>
    </message>
    <message>
        <source>C — occasional client</source>
        <translation>C — нерегулярний клієнт</translation>
    </message>
    <message>
        <source>Processing of personal data</source>
        <translation>Обробка персональних даних</translation>
    </message>
    <message>
        <source>Processing of health data (anamnesis, allergies)</source>
        <translation>Обробка даних про здоров&apos;я (анамнез, алергії)</translation>
    </message>
    <message>
        <source>Clinical photos in the cosmetology record</source>
        <translation>Клінічні фото в косметологічній картці</translation>
    </message>
    <message>
        <source>Before/after photos in advertising and social networks</source>
        <translation>Фото «до/після» в рекламі та соцмережах</translation>
    </message>
    <message>
        <source>Advertising SMS and messenger messages</source>
        <translation>Рекламні SMS і повідомлення в месенджерах</translation>
    </message>
    <message>
        <source>Advertising e-mails</source>
        <translation>Рекламні листи на e-mail</translation>
    </message>
    <message>
        <source>Sharing data with third parties</source>
        <translation>Передача даних третім особам</translation>
    </message>
    <message>
        <source>Reminders and notifications about visits</source>
        <translation>Нагадування та сповіщення про візити</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>ID-картка</translation>
    </message>
    <message>
        <source>Passport for travelling abroad</source>
        <translation>Закордонний паспорт</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Інший документ</translation>
    </message>
    <message>
        <source>Medical certificate</source>
        <translation>Медична довідка</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Страховий поліс</translation>
    </message>
    <message>
        <source>Signed consent</source>
        <translation>Підписана згода</translation>
    </message>
    <message>
        <source>Safety briefing</source>
        <translation>Інструктаж з безпеки</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>The owner has changed your account. Log in again to go on.</source>
        <translation>Власник змінив ваш обліковий запис. Увійдіть знову, щоб продовжити.</translation>
    </message>
    <message>
        <source>Something went wrong, but your data is safe: every change is saved whole or not at all. The details are in {path}; please show them to whoever looks after this computer.</source>
        <translation>Щось пішло не так, але ваші дані в безпеці: кожна зміна зберігається повністю або не зберігається зовсім. Подробиці записано у {path}; покажіть їх тому, хто обслуговує цей комп&apos;ютер.</translation>
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
        <translation>Назва</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Дійсний до</translation>
    </message>
    <message>
        <source>Document note</source>
        <translation>Примітка до документа</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Дата видачі:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Дійсний до:</translation>
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
        <translation>Ліва сторона</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Права сторона</translation>
    </message>
    <message>
        <source>intradermal</source>
        <translation>внутрішньошкірно</translation>
    </message>
    <message>
        <source>subcutaneous</source>
        <translation>підшкірно</translation>
    </message>
    <message>
        <source>supraperiosteal</source>
        <translation>супраперіостально</translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation>внутрішньом’язово</translation>
    </message>
    <message>
        <source>Injection point</source>
        <translation>Точка ін’єкції</translation>
    </message>
    <message>
        <source>Problem zone</source>
        <translation>Проблемна зона</translation>
    </message>
    <message>
        <source>Treated area</source>
        <translation>Оброблена зона</translation>
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
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>No markers on this view.</source>
        <translation>На цьому виді міток немає.</translation>
    </message>
    <message>
        <source>Select and move markers</source>
        <translation>Вибір і переміщення міток</translation>
    </message>
    <message>
        <source>Click a marker to select it, drag to move it; double-click or Enter edits it.</source>
        <translation>Клацніть мітку, щоб вибрати її, перетягніть, щоб перемістити; подвійне клацання або Enter — змінити.</translation>
    </message>
    <message>
        <source>Click where the product was injected.</source>
        <translation>Клацніть там, куди введено препарат.</translation>
    </message>
    <message>
        <source>Click the spot to note as a problem zone.</source>
        <translation>Клацніть місце, яке треба позначити як проблемну зону.</translation>
    </message>
    <message>
        <source>Hold the mouse button down and draw around the treated area.</source>
        <translation>Утримуючи кнопку миші, обведіть оброблену зону.</translation>
    </message>
    <message>
        <source>Edit marker {number}</source>
        <translation>Зміна мітки {number}</translation>
    </message>
    <message>
        <source>Add injection point</source>
        <translation>Додавання точки ін’єкції</translation>
    </message>
    <message>
        <source>Add problem zone</source>
        <translation>Додавання проблемної зони</translation>
    </message>
    <message>
        <source>Add treated area</source>
        <translation>Додавання обробленої зони</translation>
    </message>
    <message>
        <source>Move marker {number}</source>
        <translation>Переміщення мітки {number}</translation>
    </message>
    <message>
        <source>Delete marker {number}</source>
        <translation>Видалення мітки {number}</translation>
    </message>
    <message>
        <source>{view} ({count})</source>
        <translation>{view} ({count})</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>Скасувати: {what}</translation>
    </message>
    <message>
        <source>Redo: {what}</source>
        <translation>Повторити: {what}</translation>
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
        <translation>Стор.</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Поле підстановки</translation>
    </message>
    <message>
        <source>{name} (check box: ticked when the value is not empty)</source>
        <translation>{name} (прапорець: позначається, якщо значення не порожнє)</translation>
    </message>
    <message>
        <source>— leave empty —</source>
        <translation>— залишити порожнім —</translation>
    </message>
</context>
<context>
    <name>FillContractButton</name>
    <message>
        <source>Fill contract…</source>
        <translation>Заповнити договір…</translation>
    </message>
    <message>
        <source>Fill a contract or a consent for this client and sign it</source>
        <translation>Заповнити й підписати договір або згоду для цього клієнта</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>New salon — Salon CRM</source>
        <translation>Новий салон — Salon CRM</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Мова програми</translation>
    </message>
    <message>
        <source>Salon name:</source>
        <translation>Назва салону:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Країна:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше ім&apos;я:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логін:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>Повторіть пароль:</translation>
    </message>
    <message>
        <source>Create the salon</source>
        <translation>Створити салон</translation>
    </message>
    <message>
        <source>This is the first start. Name your salon and create the owner&apos;s account: the owner sets the salon up and adds the staff.</source>
        <translation>Це перший запуск. Вкажіть назву салону та створіть обліковий запис власника: власник налаштовує салон і додає працівників.</translation>
    </message>
</context>
<context>
    <name>FlagIcons</name>
    <message>
        <source>VIP client</source>
        <translation>VIP-клієнт</translation>
    </message>
    <message>
        <source>Blacklisted</source>
        <translation>У чорному списку</translation>
    </message>
    <message>
        <source>Child (linked to a parent)</source>
        <translation>Дитина (пов&apos;язана з батьком або матір&apos;ю)</translation>
    </message>
    <message>
        <source>Expired documents</source>
        <translation>Прострочені документи</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Алергії</translation>
    </message>
    <message>
        <source>Contraindications</source>
        <translation>Протипоказання</translation>
    </message>
</context>
<context>
    <name>FormFillDialog</name>
    <message>
        <source>Fill a PDF form</source>
        <translation>Заповнити PDF-бланк</translation>
    </message>
    <message>
        <source>Empty in the client&apos;s record (printed blank):</source>
        <translation>Немає в анкеті клієнта (залишиться порожнім):</translation>
    </message>
    <message>
        <source>Save to the card</source>
        <translation>Зберегти в картку</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Бланк:</translation>
    </message>
    <message>
        <source>The salon has no PDF forms yet: the owner uploads them in Settings.</source>
        <translation>У салоні ще немає PDF-бланків: власник завантажує їх у Налаштуваннях.</translation>
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
        <translation>Завантажити…</translation>
    </message>
    <message>
        <source>A fillable PDF (a bank&apos;s or an office&apos;s form) is filled for a client from the card. Say once which data goes into each field.</source>
        <translation>PDF із полями (бланк банку чи установи) заповнюється для клієнта з картки. Вкажіть один раз, які дані йдуть у кожне поле.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <source>Upload a fillable PDF or select a form.</source>
        <translation>Завантажте PDF із полями або виберіть бланк.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Зберегти відповідність</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>A field left empty is printed blank, to fill in by hand.</source>
        <translation>Поле, залишене порожнім, друкується незаповненим — його заповнять від руки.</translation>
    </message>
    <message>
        <source>PDF forms</source>
        <translation>PDF-бланки</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (вимкнено)</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Увімкнути</translation>
    </message>
    <message>
        <source>Upload a fillable PDF</source>
        <translation>Завантажити PDF із полями</translation>
    </message>
    <message>
        <source>PDF forms (*.pdf)</source>
        <translation>PDF-бланки (*.pdf)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Не вдалося прочитати файл: {reason}</translation>
    </message>
    <message>
        <source>The form “{name}” is uploaded: {mapped} of {count} fields are matched.</source>
        <translation>Бланк «{name}» завантажено: зіставлено полів — {mapped} з {count}.</translation>
    </message>
    <message>
        <source>The mapping of “{name}” is saved.</source>
        <translation>Відповідність полів бланка «{name}» збережено.</translation>
    </message>
    <message>
        <source>The form is renamed “{name}”.</source>
        <translation>Бланк перейменовано на «{name}».</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsForm</name>
    <message>
        <source>Money</source>
        <translation>Розрахунки</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Prices, payments and client balances are counted in this currency. Until it is chosen here, the salon&apos;s country decides.</source>
        <translation>Ціни, оплати й баланси клієнтів ведуться в цій валюті. Доки її не вибрано тут, її визначає країна салону.</translation>
    </message>
    <message>
        <source>Client names</source>
        <translation>Імена клієнтів</translation>
    </message>
    <message>
        <source>Last First Middle</source>
        <translation>Прізвище Ім&apos;я По батькові</translation>
    </message>
    <message>
        <source>First Middle Last</source>
        <translation>Ім&apos;я По батькові Прізвище</translation>
    </message>
    <message>
        <source>First Last</source>
        <translation>Ім&apos;я Прізвище</translation>
    </message>
    <message>
        <source>Display order:</source>
        <translation>Порядок показу:</translation>
    </message>
    <message>
        <source>Lists, cards and documents show names in this order for everyone. The questionnaire always keeps the last, first and middle names apart.</source>
        <translation>Списки, картки й документи показують імена в цьому порядку для всіх користувачів. В анкеті прізвище, ім&apos;я та по батькові завжди вводяться окремо.</translation>
    </message>
    <message>
        <source>Interface language of this computer</source>
        <translation>Мова інтерфейсу на цьому комп&apos;ютері</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>Chosen for this computer only; other computers keep their own. The program switches at once.</source>
        <translation>Обирається лише для цього комп&apos;ютера; інші комп&apos;ютери мають свою. Програма перемикається одразу.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Загальні</translation>
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
        <translation>Наприклад: {amount}</translation>
    </message>
    <message>
        <source>The salon now counts in {currency}.</source>
        <translation>Тепер салон веде розрахунки у валюті {currency}.</translation>
    </message>
    <message>
        <source>Kovalenko</source>
        <translation>Коваленко</translation>
    </message>
    <message>
        <source>Olena</source>
        <translation>Олена</translation>
    </message>
    <message>
        <source>Petrivna</source>
        <translation>Петрівна</translation>
    </message>
    <message>
        <source>For example: {name}</source>
        <translation>Наприклад: {name}</translation>
    </message>
    <message>
        <source>Names are now shown as “{order}”.</source>
        <translation>Тепер імена показуються в порядку «{order}».</translation>
    </message>
</context>
<context>
    <name>HealthCardFeature</name>
    <message>
        <source>Cosmetology</source>
        <translation>Косметологія</translation>
    </message>
    <message>
        <source>Skin assessments</source>
        <translation>Оцінки стану шкіри</translation>
    </message>
    <message>
        <source>Home care</source>
        <translation>Домашній догляд</translation>
    </message>
    <message>
        <source>Face chart of the procedure on {date}</source>
        <translation>Схема обличчя процедури від {date}</translation>
    </message>
</context>
<context>
    <name>HealthConditions</name>
    <message>
        <source>Pregnancy</source>
        <translation>Вагітність</translation>
    </message>
    <message>
        <source>Breast-feeding</source>
        <translation>Грудне вигодовування</translation>
    </message>
    <message>
        <source>Isotretinoin</source>
        <translation>Ізотретиноїн</translation>
    </message>
    <message>
        <source>Anticoagulants, aspirin</source>
        <translation>Антикоагулянти, аспірин</translation>
    </message>
    <message>
        <source>Corticosteroids</source>
        <translation>Кортикостероїди</translation>
    </message>
    <message>
        <source>Photosensitising drugs</source>
        <translation>Фотосенсибілізувальні препарати</translation>
    </message>
    <message>
        <source>Immunosuppressants</source>
        <translation>Імуносупресори</translation>
    </message>
    <message>
        <source>Pacemaker</source>
        <translation>Кардіостимулятор</translation>
    </message>
    <message>
        <source>Metal implants</source>
        <translation>Металеві імпланти</translation>
    </message>
    <message>
        <source>Fillers done elsewhere</source>
        <translation>Філери, введені деінде</translation>
    </message>
    <message>
        <source>Threads done elsewhere</source>
        <translation>Нитки, встановлені деінде</translation>
    </message>
    <message>
        <source>Herpes, active now</source>
        <translation>Герпес в активній фазі</translation>
    </message>
    <message>
        <source>Herpes in the past</source>
        <translation>Герпес у минулому</translation>
    </message>
    <message>
        <source>Hepatitis</source>
        <translation>Гепатит</translation>
    </message>
    <message>
        <source>HIV</source>
        <translation>ВІЛ</translation>
    </message>
    <message>
        <source>Skin infection or inflammation</source>
        <translation>Інфекція або запалення шкіри</translation>
    </message>
    <message>
        <source>Acute illness, fever</source>
        <translation>Гостре захворювання, температура</translation>
    </message>
    <message>
        <source>Keloid scar tendency</source>
        <translation>Схильність до келоїдних рубців</translation>
    </message>
    <message>
        <source>Rosacea, couperose</source>
        <translation>Розацеа, купероз</translation>
    </message>
    <message>
        <source>Active acne</source>
        <translation>Акне в активній фазі</translation>
    </message>
    <message>
        <source>Psoriasis</source>
        <translation>Псоріаз</translation>
    </message>
    <message>
        <source>Eczema, dermatitis</source>
        <translation>Екзема, дерматит</translation>
    </message>
    <message>
        <source>Epilepsy</source>
        <translation>Епілепсія</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Цукровий діабет</translation>
    </message>
    <message>
        <source>Autoimmune disease</source>
        <translation>Автоімунне захворювання</translation>
    </message>
    <message>
        <source>Oncology</source>
        <translation>Онкологія</translation>
    </message>
    <message>
        <source>Blood clotting disorder</source>
        <translation>Порушення згортання крові</translation>
    </message>
    <message>
        <source>Heart disease</source>
        <translation>Захворювання серця</translation>
    </message>
    <message>
        <source>High blood pressure</source>
        <translation>Підвищений тиск</translation>
    </message>
    <message>
        <source>Thyroid disease</source>
        <translation>Захворювання щитоподібної залози</translation>
    </message>
    <message>
        <source>Neuromuscular disease (myasthenia)</source>
        <translation>Нервово-м&apos;язове захворювання (міастенія)</translation>
    </message>
    <message>
        <source>Fresh tan, solarium</source>
        <translation>Свіжа засмага, солярій</translation>
    </message>
    <message>
        <source>Peel or laser in the last 2 weeks</source>
        <translation>Пілінг або лазер за останні 2 тижні</translation>
    </message>
    <message>
        <source>Pregnancy and breast-feeding</source>
        <translation>Вагітність і грудне вигодовування</translation>
    </message>
    <message>
        <source>Risk medicines</source>
        <translation>Препарати ризику</translation>
    </message>
    <message>
        <source>Implants and earlier procedures</source>
        <translation>Імпланти та попередні процедури</translation>
    </message>
    <message>
        <source>Infections</source>
        <translation>Інфекції</translation>
    </message>
    <message>
        <source>Skin conditions</source>
        <translation>Стани шкіри</translation>
    </message>
    <message>
        <source>Chronic diseases</source>
        <translation>Хронічні захворювання</translation>
    </message>
    <message>
        <source>Recently</source>
        <translation>Нещодавно</translation>
    </message>
</context>
<context>
    <name>HealthFormDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Зберегти (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>HealthSubstances</name>
    <message>
        <source>Lidocaine</source>
        <translation>Лідокаїн</translation>
    </message>
    <message>
        <source>Articaine</source>
        <translation>Артикаїн</translation>
    </message>
    <message>
        <source>Benzocaine</source>
        <translation>Бензокаїн</translation>
    </message>
    <message>
        <source>Latex</source>
        <translation>Латекс</translation>
    </message>
    <message>
        <source>Hyaluronidase</source>
        <translation>Гіалуронідаза</translation>
    </message>
    <message>
        <source>Hyaluronic acid</source>
        <translation>Гіалуронова кислота</translation>
    </message>
    <message>
        <source>Botulinum toxin</source>
        <translation>Ботулотоксин</translation>
    </message>
    <message>
        <source>Albumin</source>
        <translation>Альбумін</translation>
    </message>
    <message>
        <source>Glycolic acid</source>
        <translation>Гліколева кислота</translation>
    </message>
    <message>
        <source>Salicylic acid</source>
        <translation>Саліцилова кислота</translation>
    </message>
    <message>
        <source>Trichloroacetic acid</source>
        <translation>Трихлороцтова кислота</translation>
    </message>
    <message>
        <source>Retinol, retinoids</source>
        <translation>Ретинол, ретиноїди</translation>
    </message>
    <message>
        <source>Vitamin C</source>
        <translation>Вітамін C</translation>
    </message>
    <message>
        <source>Nickel</source>
        <translation>Нікель</translation>
    </message>
    <message>
        <source>Fragrances</source>
        <translation>Ароматизатори</translation>
    </message>
    <message>
        <source>Parabens</source>
        <translation>Парабени</translation>
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
        <translation>Засіб домашнього догляду</translation>
    </message>
    <message>
        <source>How the product worked</source>
        <translation>Як подіяв засіб</translation>
    </message>
    <message>
        <source>Brand and name, e.g. a vitamin C serum</source>
        <translation>Марка й назва, напр.: сироватка з вітаміном C</translation>
    </message>
    <message>
        <source>How and when, e.g. mornings</source>
        <translation>Як і коли, напр.: зранку</translation>
    </message>
    <message>
        <source>What changed, any irritation, whether to continue</source>
        <translation>Що змінилося, чи було подразнення, чи продовжувати</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>З якого числа</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Засіб</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Застосування</translation>
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
        <translation>Домашній догляд бачать лише спеціалісти та власник.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Засіб</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Застосування</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Додати засіб</translation>
    </message>
    <message>
        <source>Write the outcome</source>
        <translation>Записати результат</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Calls due</source>
        <translation>Заплановані дзвінки</translation>
    </message>
    <message>
        <source>No calls due today.</source>
        <translation>На сьогодні дзвінків немає.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Час на повторний візит</translation>
    </message>
    <message>
        <source>Nobody is due back after a procedure today.</source>
        <translation>Сьогодні нікому не час на повторний візит.</translation>
    </message>
    <message>
        <source>Birthdays today</source>
        <translation>Дні народження сьогодні</translation>
    </message>
    <message>
        <source>No birthdays today.</source>
        <translation>Сьогодні немає днів народження.</translation>
    </message>
    <message>
        <source>Name days today</source>
        <translation>Іменини сьогодні</translation>
    </message>
    <message>
        <source>No name days today.</source>
        <translation>Сьогодні немає іменин.</translation>
    </message>
    <message>
        <source>Documents expiring within 30 days</source>
        <translation>Документи, термін дії яких спливає за 30 днів</translation>
    </message>
    <message>
        <source>No documents expire in the next 30 days.</source>
        <translation>У найближчі 30 днів термін дії документів не спливає.</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Нещодавно відкриті</translation>
    </message>
    <message>
        <source>No clients opened yet on this computer.</source>
        <translation>На цьому комп&apos;ютері ще не відкривали картки клієнтів.</translation>
    </message>
    <message>
        <source>Call made</source>
        <translation>Дзвінок здійснено</translation>
    </message>
    <message>
        <source>The call to the selected client happened: plan the next one (Space)</source>
        <translation>Дзвінок вибраному клієнту відбувся: запланувати наступний (Пробіл)</translation>
    </message>
    <message>
        <source>Today: {date}</source>
        <translation>Сьогодні: {date}</translation>
    </message>
    <message>
        <source>Today&apos;s lists could not be loaded: {error}</source>
        <translation>Не вдалося завантажити списки на сьогодні: {error}</translation>
    </message>
    <message>
        <source>{document}, until {date}</source>
        <translation>{document}, до {date}</translation>
    </message>
    <message>
        <source>turns {age}</source>
        <translation>виповнюється {age}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>due since {date}</source>
        <translation>прострочений з {date}</translation>
    </message>
    <message>
        <source>The call could not be marked: {error}</source>
        <translation>Не вдалося позначити дзвінок: {error}</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} з {total}</translation>
    </message>
    <message>
        <source>Cancelling… nothing of this work will be kept.</source>
        <translation>Скасування… нічого зі зробленого не збережеться.</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Something unexpected happened; the details are written in the log.</source>
        <translation>Сталася непередбачена помилка; подробиці записано в журнал.</translation>
    </message>
</context>
<context>
    <name>ListChoice</name>
    <message>
        <source>— not set —</source>
        <translation>— не вказано —</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <source>Or double-click the item, or press F2</source>
        <translation>Або двічі клацніть елемент чи натисніть F2</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Приховати</translation>
    </message>
    <message>
        <source>Delete key. Clients keep it; forms stop offering it.</source>
        <translation>Клавіша Delete. У клієнтів значення залишається, але форми більше його не пропонують.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Show hidden</source>
        <translation>Показати приховані</translation>
    </message>
    <message>
        <source>Hidden: clients keep it, forms do not offer it.</source>
        <translation>Приховано: у клієнтів залишається, форми не пропонують.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Показати знову</translation>
    </message>
    <message>
        <source>“{name}” is added to “{list}”.</source>
        <translation>«{name}» додано до списку «{list}».</translation>
    </message>
    <message>
        <source>Renamed to “{name}”.</source>
        <translation>Перейменовано на «{name}».</translation>
    </message>
    <message>
        <source>“{name}” is hidden: clients who have it keep it, forms no longer offer it. Tick “Show hidden” to bring it back.</source>
        <translation>«{name}» приховано: у клієнтів це значення залишається, але форми його більше не пропонують. Щоб повернути, позначте «Показати приховані».</translation>
    </message>
    <message>
        <source>“{name}” is offered again.</source>
        <translation>«{name}» знову пропонується у формах.</translation>
    </message>
</context>
<context>
    <name>ListsSection</name>
    <message>
        <source>New group…</source>
        <translation>Нова група…</translation>
    </message>
    <message>
        <source>Client groups</source>
        <translation>Групи клієнтів</translation>
    </message>
    <message>
        <source>Where clients come from</source>
        <translation>Звідки приходять клієнти</translation>
    </message>
    <message>
        <source>New source…</source>
        <translation>Нове джерело…</translation>
    </message>
    <message>
        <source>Client categories</source>
        <translation>Категорії клієнтів</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Нова категорія…</translation>
    </message>
    <message>
        <source>Nothing here is ever deleted: clients keep the items they have. Hide an item (Delete key) to stop offering it; “Show hidden” brings it back. Drag items or use Up and Down to set the order forms show.</source>
        <translation>Тут нічого не видаляється: у клієнтів залишаються їхні значення. Щоб форми перестали пропонувати елемент, приховайте його (клавіша Delete); «Показати приховані» поверне його. Порядок у формах задається перетягуванням або кнопками «Вгору» і «Вниз».</translation>
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
        <translation>Вхід — Salon CRM</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Користувач:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Welcome! Log in to start work.</source>
        <translation>Вітаємо! Увійдіть, щоб почати роботу.</translation>
    </message>
    <message>
        <source>Locked by {name}. Type the password to go on, or log in as someone else.</source>
        <translation>Програму заблокував(-ла) {name}. Введіть пароль, щоб продовжити, або увійдіть як інший користувач.</translation>
    </message>
    <message>
        <source>Wrong login or password. Check the keyboard layout and Caps Lock.</source>
        <translation>Неправильний логін або пароль. Перевірте розкладку клавіатури та Caps Lock.</translation>
    </message>
</context>
<context>
    <name>LotRecallDialog</name>
    <message>
        <source>Lot recall</source>
        <translation>Відкликання партії</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Знайти</translation>
    </message>
    <message>
        <source>Mark this lot recalled…</source>
        <translation>Позначити партію відкликаною…</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Копіювати список</translation>
    </message>
    <message>
        <source>As a table to paste into a spreadsheet (Ctrl+Shift+C)</source>
        <translation>Таблицею, щоб вставити в електронну таблицю (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Препарат:</translation>
    </message>
    <message>
        <source>Lot:</source>
        <translation>Партія:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>З:</translation>
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
        <translation>Будь-яка партія</translation>
    </message>
    <message>
        <source>{lot}, recalled {date}</source>
        <translation>{lot}, відкликана {date}</translation>
    </message>
    <message>
        <source>{lot}, until {date}</source>
        <translation>{lot}, придатна до {date}</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Procedures: {procedures}, clients: {clients}</source>
        <translation>Процедур: {procedures}, клієнтів: {clients}</translation>
    </message>
    <message>
        <source>Nobody received it in these days.</source>
        <translation>У ці дні її ніхто не отримував.</translation>
    </message>
    <message>
        <source>{count} lines are copied: paste them into a spreadsheet.</source>
        <translation>Скопійовано рядків: {count}. Вставте їх в електронну таблицю.</translation>
    </message>
    <message>
        <source>Lot {lot} is marked recalled; the cards of these clients say so.</source>
        <translation>Партію {lot} позначено відкликаною; картки цих клієнтів про це повідомляють.</translation>
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
        <translation>Клієнт</translation>
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
        <translation>Партія</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>Fill in a questionnaire for a new client (Ctrl+N)</source>
        <translation>Заповнити анкету нового клієнта (Ctrl+N)</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Знайти клієнта</translation>
    </message>
    <message>
        <source>About Salon CRM</source>
        <translation>Про програму Salon CRM</translation>
    </message>
    <message>
        <source>New procedure…</source>
        <translation>Нова процедура…</translation>
    </message>
    <message>
        <source>Record a procedure for the client on the card (Ctrl+Shift+P)</source>
        <translation>Записати процедуру клієнтові з картки (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>New skin assessment…</source>
        <translation>Нова оцінка шкіри…</translation>
    </message>
    <message>
        <source>Assess the skin of the client on the card (Ctrl+Shift+K)</source>
        <translation>Оцінити шкіру клієнта з картки (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Take photo…</source>
        <translation>Сфотографувати…</translation>
    </message>
    <message>
        <source>Take the photo of the client on the card with the camera (Ctrl+Shift+O)</source>
        <translation>Сфотографувати камерою клієнта з картки (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Clinical photo…</source>
        <translation>Клінічне фото…</translation>
    </message>
    <message>
        <source>A photo of a zone of the client on the card, before or after (Ctrl+Shift+B)</source>
        <translation>Фото зони клієнта з картки — до або після (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Lot recall…</source>
        <translation>Відкликання партії…</translation>
    </message>
    <message>
        <source>Who received a product&apos;s lot, with their contacts (Ctrl+Shift+T)</source>
        <translation>Хто отримав партію препарату, з контактами (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Клієнт</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Procedures</source>
        <translation>&amp;Процедури</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>Н&amp;алаштування</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
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
        <translation>&lt;b&gt;Salon CRM&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Тека даних:&lt;br&gt;{folder}</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>власник</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <source>specialist</source>
        <translation>спеціаліст</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокувати</translation>
    </message>
    <message>
        <source>Find a client: name, phone, e-mail, number… (Ctrl+F)</source>
        <translation>Знайти клієнта: ім&apos;я, телефон, e-mail, номер… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Закрити програму</translation>
    </message>
    <message>
        <source>The client card is not available yet.</source>
        <translation>Картка клієнта поки що недоступна.</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>Користувач: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>MarkerEditor</name>
    <message>
        <source>e.g. 0.1 ml or 4 U</source>
        <translation>напр. 0,1 мл або 4 ОД</translation>
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
        <translation>Глибина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>{kind} {number}</source>
        <translation>{kind} № {number}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не вказана</translation>
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
        <translation>Жирний</translation>
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
        <translation>Таблиця</translation>
    </message>
    <message>
        <source>Client signs</source>
        <translation>Підпис клієнта</translation>
    </message>
    <message>
        <source>Employee signs</source>
        <translation>Підпис працівника</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge with another card</source>
        <translation>Об&apos;єднання з іншою карткою</translation>
    </message>
    <message>
        <source>Merge a duplicate into No. {number} {name}</source>
        <translation>Об&apos;єднати дублікат із карткою № {number} {name}</translation>
    </message>
    <message>
        <source>Find the other card of the same client: by name, phone, e-mail or card.</source>
        <translation>Знайдіть іншу картку цього ж клієнта: за ім&apos;ям, телефоном, e-mail або номером картки.</translation>
    </message>
    <message>
        <source>Name, phone, e-mail or card number</source>
        <translation>Ім&apos;я, телефон, e-mail або номер картки</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об&apos;єднати</translation>
    </message>
    <message>
        <source>No other card matches “{text}”.</source>
        <translation>Іншої картки за запитом «{text}» не знайдено.</translation>
    </message>
    <message>
        <source>Pick the duplicate in the list above.</source>
        <translation>Виберіть дублікат у списку вище.</translation>
    </message>
    <message>
        <source>Where the cards differ, choose the value to keep:</source>
        <translation>Там, де картки відрізняються, виберіть значення, яке слід залишити:</translation>
    </message>
    <message>
        <source>The single values of both cards are the same; nothing to choose.</source>
        <translation>Поля обох карток збігаються; вибирати нічого не потрібно.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>This card, No. {number}</source>
        <translation>Ця картка, № {number}</translation>
    </message>
    <message>
        <source>Duplicate, No. {number}</source>
        <translation>Дублікат, № {number}</translation>
    </message>
    <message>
        <source>phones</source>
        <translation>телефони</translation>
    </message>
    <message>
        <source>e-mails</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>адреси</translation>
    </message>
    <message>
        <source>social profiles</source>
        <translation>профілі в соцмережах</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>групи</translation>
    </message>
    <message>
        <source>consents</source>
        <translation>згоди</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>документи</translation>
    </message>
    <message>
        <source>contact persons</source>
        <translation>контактні особи</translation>
    </message>
    <message>
        <source>children</source>
        <translation>діти</translation>
    </message>
    <message>
        <source>Phones, e-mails, addresses, profiles, tags, consents, documents, contact persons, children and the history of the duplicate move to this card (the same entries are not doubled). The duplicate No. {number} is archived as merged into this card.</source>
        <translation>Телефони, e-mail, адреси, профілі, групи, згоди, документи, контактні особи, діти та історія дубліката переходять до цієї картки (однакові записи не дублюються). Дублікат № {number} переноситься в архів як об&apos;єднаний із цією карткою.</translation>
    </message>
    <message>
        <source>The duplicate has {items}.</source>
        <translation>У дублікаті: {items}.</translation>
    </message>
    <message>
        <source>Merge the cards</source>
        <translation>Об&apos;єднання карток</translation>
    </message>
    <message>
        <source>Merge No. {duplicate} into No. {survivor}? The duplicate stays in the archive as merged; the merge itself cannot be undone.</source>
        <translation>Об&apos;єднати № {duplicate} з № {survivor}? Дублікат залишиться в архіві як об&apos;єднаний; саме об&apos;єднання скасувати не можна.</translation>
    </message>
</context>
<context>
    <name>MissingFields</name>
    <message>
        <source>Values this document lacks</source>
        <translation>Бракує для документа</translation>
    </message>
    <message>
        <source>The record has every value this document uses.</source>
        <translation>У даних клієнта є всі значення для цього документа.</translation>
    </message>
    <message>
        <source>The salon&apos;s values come from Settings ▸ Salon requisites, where the owner fills them in; typed here, they go into this document only.</source>
        <translation>Дані салону беруться з розділу «Налаштування ▸ Реквізити салону», їх заповнює власник; введені тут потраплять лише в цей документ.</translation>
    </message>
    <message>
        <source>Save to the questionnaire</source>
        <translation>Зберегти в анкету</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <source>New document template</source>
        <translation>Новий шаблон документа</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новий користувач</translation>
    </message>
    <message>
        <source>Latin letters and digits, e.g. olena</source>
        <translation>Латинські літери та цифри, напр. olena</translation>
    </message>
    <message>
        <source>At least {limit} characters</source>
        <translation>Щонайменше {limit} символів</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логін:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ПІБ:</translation>
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
        <translation>Повторіть пароль:</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Створити користувача</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>The new user logs in with this login and password; tell them the password in person. The role decides what they may see and change.</source>
        <translation>Новий користувач входить із цим логіном і паролем; повідомте пароль особисто. Від ролі залежить, що користувач може бачити й змінювати.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation>Прийняти оплату</translation>
    </message>
    <message>
        <source>Cash, card…</source>
        <translation>Готівка, картка…</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сума:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
</context>
<context>
    <name>PdfFormProblems</name>
    <message>
        <source>This PDF has no fillable text fields. Upload a fillable (AcroForm) version of it.</source>
        <translation>У цьому PDF немає текстових полів для заповнення. Завантажте його версію з полями (AcroForm).</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF: it is damaged or not a PDF.</source>
        <translation>Цей файл не читається як PDF: він пошкоджений або це не PDF.</translation>
    </message>
    <message>
        <source>This PDF opens only with a password. Save a copy without the password and upload it.</source>
        <translation>Цей PDF відкривається лише з паролем. Збережіть копію без пароля й завантажте її.</translation>
    </message>
    <message>
        <source>The form has no field {fields}. Check the form&apos;s mapping.</source>
        <translation>У бланку немає поля {fields}. Перевірте відповідність полів.</translation>
    </message>
</context>
<context>
    <name>PdfSaving</name>
    <message>
        <source>There is no room left on the disk for {path}. Free some space or choose another disk.</source>
        <translation>На диску не залишилося місця для {path}. Звільніть місце або виберіть інший диск.</translation>
    </message>
    <message>
        <source>The program may not write to {path}. Choose another folder.</source>
        <translation>Програмі заборонено записувати до {path}. Виберіть іншу теку.</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist.</source>
        <translation>Теки для {path} не існує.</translation>
    </message>
    <message>
        <source>The file could not be saved to {path}.</source>
        <translation>Не вдалося зберегти файл у {path}.</translation>
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
        <translation>Попередня сторінка (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Далі ▶</translation>
    </message>
    <message>
        <source>The next page (Ctrl+PgDown)</source>
        <translation>Наступна сторінка (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>За шириною</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Сторінка {page} з {pages}</translation>
    </message>
    <message>
        <source>The file cannot be shown: it is not a readable PDF.</source>
        <translation>Файл не можна показати: це не читабельний PDF.</translation>
    </message>
</context>
<context>
    <name>PdfViewerDialog</name>
    <message>
        <source>Checked against the file&apos;s SHA-256 in the registry</source>
        <translation>Перевірено за контрольною сумою SHA-256 файлу в реєстрі</translation>
    </message>
    <message>
        <source>This is the document as it was saved: the file has not been changed.</source>
        <translation>Це документ у тому вигляді, в якому його збережено: файл не змінювався.</translation>
    </message>
    <message>
        <source>This file has been changed since it was saved: it is not the document as it was made and signed.</source>
        <translation>Файл змінено після збереження: це не той документ, який було складено й підписано.</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Main phone</source>
        <translation>Основний телефон</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Тип телефону</translation>
    </message>
    <message>
        <source>Phone note</source>
        <translation>Примітка до телефону</translation>
    </message>
    <message>
        <source>e.g. husband&apos;s phone</source>
        <translation>напр.: телефон чоловіка</translation>
    </message>
</context>
<context>
    <name>PhotoCompareDialog</name>
    <message>
        <source>Compare photos</source>
        <translation>Порівняння фото</translation>
    </message>
</context>
<context>
    <name>PhotoCompareView</name>
    <message>
        <source>Side by side</source>
        <translation>Поруч</translation>
    </message>
    <message>
        <source>Slider</source>
        <translation>Шторка</translation>
    </message>
    <message>
        <source>One photo over the other: drag the divider or press ← and → to wipe</source>
        <translation>Одне фото поверх іншого: перетягніть роздільник або натискайте ← і →</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Цілком</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Save both photos side by side as one picture</source>
        <translation>Зберегти обидва фото поруч одним зображенням</translation>
    </message>
    <message>
        <source>A picture can be saved as JPEG (.jpg) or PNG (.png) only.</source>
        <translation>Зображення можна зберегти лише у форматі JPEG (.jpg) або PNG (.png).</translation>
    </message>
    <message>
        <source>The picture could not be saved to {path}.</source>
        <translation>Не вдалося зберегти зображення в {path}.</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Експорт порівняння</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>порівняння</translation>
    </message>
    <message>
        <source>JPEG picture (*.jpg *.jpeg);;PNG picture (*.png)</source>
        <translation>Зображення JPEG (*.jpg *.jpeg);;Зображення PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>PhotoDetailsDialog</name>
    <message>
        <source>Clinical photo</source>
        <translation>Клінічне фото</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Інша…</translation>
    </message>
    <message>
        <source>e.g. neck, hands, décolleté</source>
        <translation>наприклад, шия, руки, декольте</translation>
    </message>
    <message>
        <source>No procedure</source>
        <translation>Без процедури</translation>
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
        <translation>Назва зони</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Name the zone</source>
        <translation>Назвіть зону</translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <source>Choose a photo</source>
        <translation>Виберіть фото</translation>
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
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Порівняти</translation>
    </message>
    <message>
        <source>Pick two photos (Ctrl+click) to compare them</source>
        <translation>Виберіть два фото (Ctrl+клац), щоб порівняти їх</translation>
    </message>
    <message>
        <source>Compare before/after</source>
        <translation>Порівняти до/після</translation>
    </message>
    <message>
        <source>For advertising</source>
        <translation>Для реклами</translation>
    </message>
    <message>
        <source>The photo may be used in the salon&apos;s advertising</source>
        <translation>Фото можна використовувати в рекламі салону</translation>
    </message>
    <message>
        <source>Make profile photo</source>
        <translation>Зробити основним фото</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Прибрати…</translation>
    </message>
    <message>
        <source>Kind, zone, procedure…</source>
        <translation>Вид, зона, процедура…</translation>
    </message>
    <message>
        <source>Correct what the photo shows</source>
        <translation>Виправити, що на фото</translation>
    </message>
    <message>
        <source>Opening the photos…</source>
        <translation>Відкриваю фото…</translation>
    </message>
    <message>
        <source>No photos of this client yet. Take one with the camera or import a picture file with the buttons above.</source>
        <translation>У цього клієнта ще немає фото. Зробіть знімок камерою або імпортуйте файл зображення кнопками вище.</translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation>Фото клієнта</translation>
    </message>
    <message>
        <source>{day} — no procedure</source>
        <translation>{day} — без процедури</translation>
    </message>
    <message>
        <source>{day} — {procedure}</source>
        <translation>{day} — {procedure}</translation>
    </message>
    <message>
        <source>Compare {before} with {after}</source>
        <translation>Порівняти {before} з {after}</translation>
    </message>
    <message>
        <source>These photos show different zones: the comparison may mislead.</source>
        <translation>На цих фото різні зони: порівняння може ввести в оману.</translation>
    </message>
    <message>
        <source>Ctrl+click (or Ctrl+Space) a second photo to compare the two.</source>
        <translation>Клацніть друге фото з Ctrl (або Ctrl+пробіл), щоб порівняти їх.</translation>
    </message>
    <message>
        <source>Remove the photo “{photo}” from the card? It is hidden, not destroyed: the salon&apos;s records keep it.</source>
        <translation>Прибрати фото «{photo}» з картки? Його буде приховано, а не знищено: у записах салону воно збережеться.</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Прибрати фото</translation>
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
        <translation>Фото клієнта</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Після</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>Клінічне</translation>
    </message>
    <message>
        <source>Other zone</source>
        <translation>Інша зона</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Анфас</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Ліва сторона</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Права сторона</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Згори</translation>
    </message>
</context>
<context>
    <name>PhotoProblems</name>
    <message>
        <source>The file is larger than {limit_mb} MB. Choose a smaller photo.</source>
        <translation>Файл більший за {limit_mb} МБ. Виберіть менше фото.</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG or HEIC photo.</source>
        <translation>Цей файл — не фото у форматі PNG, JPEG або HEIC.</translation>
    </message>
    <message>
        <source>The image has more than {limit} million pixels: too many to open safely. Make it smaller in a photo editor first.</source>
        <translation>У зображенні понад {limit} млн пікселів — відкрити його безпечно не можна. Спершу зменште його у фоторедакторі.</translation>
    </message>
    <message>
        <source>The file is damaged or was not copied completely. Copy it again and retry.</source>
        <translation>Файл пошкоджений або скопійований не повністю. Скопіюйте його знову й повторіть.</translation>
    </message>
    <message>
        <source>The image is {width}×{height} pixels; a photo must be at least {min_width}×{min_height}.</source>
        <translation>Зображення {width}×{height} пікселів, а фото має бути щонайменше {min_width}×{min_height}.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and is not open elsewhere.</source>
        <translation>Файл не читається. Перевірте, що він існує і не відкритий в іншій програмі.</translation>
    </message>
</context>
<context>
    <name>PhotoTaking</name>
    <message>
        <source>Photo not saved</source>
        <translation>Фото не збережено</translation>
    </message>
</context>
<context>
    <name>PhotoTile</name>
    <message>
        <source>Marked for advertising</source>
        <translation>Позначено для реклами</translation>
    </message>
    <message>
        <source>Marked for advertising, but the consent has been withdrawn</source>
        <translation>Позначено для реклами, але згоду відкликано</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Поточне</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Немає зображення</translation>
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
        <translation>Сфотографувати…</translation>
    </message>
    <message>
        <source>Take the client&apos;s photo with the camera</source>
        <translation>Сфотографувати клієнта камерою</translation>
    </message>
    <message>
        <source>Clinical photo…</source>
        <translation>Клінічне фото…</translation>
    </message>
    <message>
        <source>A photo of a zone before or after a procedure (Ctrl+Shift+B)</source>
        <translation>Фото зони до або після процедури (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>З файлу…</translation>
    </message>
    <message>
        <source>Clinical photo</source>
        <translation>Клінічне фото</translation>
    </message>
    <message>
        <source>Consent to clinical photos</source>
        <translation>Згода на клінічні фото</translation>
    </message>
    <message>
        <source>{name} has not consented to clinical photos (or has withdrawn it). Record the consent as of today?

Do it only when the client has signed it.</source>
        <translation>{name} не давав(ла) згоди на клінічні фото (або відкликав(ла) її). Позначити згоду з сьогоднішнього дня?

Робіть це, лише якщо клієнт її підписав.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPicker</name>
    <message>
        <source>Find a placeholder</source>
        <translation>Знайти поле підстановки</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Додаткові поля</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Паспорт</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
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
        <translation>Enter або подвійне клацання вставляє поле в текст</translation>
    </message>
</context>
<context>
    <name>Placeholders</name>
    <message>
        <source>Client: number</source>
        <translation>Клієнт: номер</translation>
    </message>
    <message>
        <source>Client: full name</source>
        <translation>Клієнт: ПІБ</translation>
    </message>
    <message>
        <source>Client: last name</source>
        <translation>Клієнт: прізвище</translation>
    </message>
    <message>
        <source>Client: first name</source>
        <translation>Клієнт: ім&apos;я</translation>
    </message>
    <message>
        <source>Client: middle name (patronymic)</source>
        <translation>Клієнт: по батькові</translation>
    </message>
    <message>
        <source>Client: date of birth</source>
        <translation>Клієнт: дата народження</translation>
    </message>
    <message>
        <source>Client: main phone</source>
        <translation>Клієнт: основний телефон</translation>
    </message>
    <message>
        <source>Client: e-mail</source>
        <translation>Клієнт: e-mail</translation>
    </message>
    <message>
        <source>Client: home address</source>
        <translation>Клієнт: домашня адреса</translation>
    </message>
    <message>
        <source>Client: passport series</source>
        <translation>Клієнт: серія паспорта</translation>
    </message>
    <message>
        <source>Client: passport number</source>
        <translation>Клієнт: номер паспорта</translation>
    </message>
    <message>
        <source>Client: passport issued by</source>
        <translation>Клієнт: ким виданий паспорт</translation>
    </message>
    <message>
        <source>Client: passport issued on</source>
        <translation>Клієнт: дата видачі паспорта</translation>
    </message>
    <message>
        <source>Client: registration address (passport)</source>
        <translation>Клієнт: адреса реєстрації (паспорт)</translation>
    </message>
    <message>
        <source>Salon: name</source>
        <translation>Салон: назва</translation>
    </message>
    <message>
        <source>Salon: legal name</source>
        <translation>Салон: юридична назва</translation>
    </message>
    <message>
        <source>Salon: legal address</source>
        <translation>Салон: юридична адреса</translation>
    </message>
    <message>
        <source>Salon: address</source>
        <translation>Салон: адреса</translation>
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
        <translation>Салон: реєстраційний номер</translation>
    </message>
    <message>
        <source>Salon: tax number</source>
        <translation>Салон: податковий номер</translation>
    </message>
    <message>
        <source>Salon: bank</source>
        <translation>Салон: банк</translation>
    </message>
    <message>
        <source>Salon: bank account (IBAN)</source>
        <translation>Салон: рахунок (IBAN)</translation>
    </message>
    <message>
        <source>Salon: bank code</source>
        <translation>Салон: код банку</translation>
    </message>
    <message>
        <source>Salon: signatory</source>
        <translation>Салон: підписант</translation>
    </message>
    <message>
        <source>Salon: signatory&apos;s position</source>
        <translation>Салон: посада підписанта</translation>
    </message>
    <message>
        <source>Employee: full name</source>
        <translation>Працівник: ПІБ</translation>
    </message>
    <message>
        <source>Document: number</source>
        <translation>Документ: номер</translation>
    </message>
    <message>
        <source>Document: date (12 March 2026)</source>
        <translation>Документ: дата (12 березня 2026)</translation>
    </message>
    <message>
        <source>Today (dd.mm.yyyy)</source>
        <translation>Сьогодні (дд.мм.рррр)</translation>
    </message>
    <message>
        <source>Procedure: name</source>
        <translation>Процедура: назва</translation>
    </message>
    <message>
        <source>Procedure: date</source>
        <translation>Процедура: дата</translation>
    </message>
    <message>
        <source>Procedure: price</source>
        <translation>Процедура: ціна</translation>
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
        <translation>Косметологічна картка</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Сторінка {page} з {pages}</translation>
    </message>
    <message>
        <source>Printed on {date} by {user}</source>
        <translation>Надруковано {date}, {user}</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Немає записів</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Client questionnaire</source>
        <translation>Анкета клієнта</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Документи, що посвідчують особу</translation>
    </message>
    <message>
        <source>given on {date}</source>
        <translation>надана {date}</translation>
    </message>
    <message>
        <source>valid until {date}</source>
        <translation>діє до {date}</translation>
    </message>
    <message>
        <source>document {number}</source>
        <translation>документ {number}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>Cosmetology record</source>
        <translation>Косметологічна картка</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>Алергії та протипоказання</translation>
    </message>
    <message>
        <source>No allergies or contraindications recorded</source>
        <translation>Алергії та протипоказання не записані</translation>
    </message>
    <message>
        <source>Anamnesis</source>
        <translation>Анамнез</translation>
    </message>
    <message>
        <source>Version {version}, signed on {date} by {user}</source>
        <translation>Версія {version}, підписана {date}, {user}</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Стани</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>з {date}</translation>
    </message>
    <message>
        <source>{date}, {specialist}</source>
        <translation>{date}, {specialist}</translation>
    </message>
    <message>
        <source>Skin type</source>
        <translation>Тип шкіри</translation>
    </message>
    <message>
        <source>Baumann type</source>
        <translation>Тип за Бауманн</translation>
    </message>
    <message>
        <source>Wrinkle type</source>
        <translation>Тип зморшок</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Процедури</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Procedure, zones and notes</source>
        <translation>Процедура, зони та нотатки</translation>
    </message>
    <message>
        <source>Preparations: lot, expiry</source>
        <translation>Препарати: серія, термін придатності</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Фахівець</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>RECALLED on {date}</source>
        <translation>ВІДКЛИКАНА {date}</translation>
    </message>
    <message>
        <source>Reaction: {text}</source>
        <translation>Реакція: {text}</translation>
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
        <translation>Догляд і чищення</translation>
    </message>
    <message>
        <source>Peels</source>
        <translation>Пілінги</translation>
    </message>
    <message>
        <source>Injections</source>
        <translation>Ін&apos;єкції</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Апаратні</translation>
    </message>
    <message>
        <source>Laser and light</source>
        <translation>Лазер і світло</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Масаж</translation>
    </message>
    <message>
        <source>Facial cleansing</source>
        <translation>Чищення обличчя</translation>
    </message>
    <message>
        <source>Chemical peel</source>
        <translation>Хімічний пілінг</translation>
    </message>
    <message>
        <source>Microneedling</source>
        <translation>Мікронідлінг</translation>
    </message>
    <message>
        <source>Mesotherapy</source>
        <translation>Мезотерапія</translation>
    </message>
    <message>
        <source>Biorevitalization</source>
        <translation>Біоревіталізація</translation>
    </message>
    <message>
        <source>Botulinum toxin injections</source>
        <translation>Ботулінотерапія</translation>
    </message>
    <message>
        <source>Hyaluronic acid fillers</source>
        <translation>Контурна пластика гіалуроновою кислотою</translation>
    </message>
    <message>
        <source>Laser hair removal</source>
        <translation>Лазерна епіляція</translation>
    </message>
    <message>
        <source>IPL photorejuvenation</source>
        <translation>IPL-фотоомолодження</translation>
    </message>
    <message>
        <source>RF lifting</source>
        <translation>RF-ліфтинг</translation>
    </message>
    <message>
        <source>Microcurrent therapy</source>
        <translation>Мікрострумова терапія</translation>
    </message>
    <message>
        <source>Facial massage</source>
        <translation>Масаж обличчя</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <source>New procedure: {name}</source>
        <translation>Нова процедура: {name}</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <source>Face chart</source>
        <translation>Схема обличчя</translation>
    </message>
    <message>
        <source>Result and care</source>
        <translation>Результат і догляд</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save the procedure (Ctrl+S)</source>
        <translation>Зберегти процедуру (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрити без збереження (Esc)</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Дата й час:</translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation>Спеціаліст:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Процедура:</translation>
    </message>
    <message>
        <source>Forehead, glabella, crow&apos;s feet…</source>
        <translation>Чоло, міжбрів&apos;я, «гусячі лапки»…</translation>
    </message>
    <message>
        <source>Filled in from the face chart until you type here</source>
        <translation>Заповнюється за схемою обличчя, доки ви не впишете своє</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Зони:</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Наступний візит:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Ціна:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Знижка:</translation>
    </message>
    <message>
        <source>To pay:</source>
        <translation>До сплати:</translation>
    </message>
    <message>
        <source>Paid now:</source>
        <translation>Сплачено зараз:</translation>
    </message>
    <message>
        <source>Products used</source>
        <translation>Використані препарати</translation>
    </message>
    <message>
        <source>Type to find a procedure</source>
        <translation>Почніть вводити назву процедури</translation>
    </message>
    <message>
        <source>Device parameters:</source>
        <translation>Параметри апарата:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Reaction:</source>
        <translation>Реакція:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Рекомендації:</translation>
    </message>
    <message>
        <source>Home care:</source>
        <translation>Домашній догляд:</translation>
    </message>
    <message>
        <source>{category} · {minutes} min · {price}</source>
        <translation>{category} · {minutes} хв · {price}</translation>
    </message>
    <message>
        <source>This lot cannot be used.</source>
        <translation>Цю партію не можна використовувати.</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>Нова процедура</translation>
    </message>
</context>
<context>
    <name>ProcedureTexts</name>
    <message>
        <source>Debt {amount}</source>
        <translation>Борг {amount}</translation>
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
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилини</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>New procedure</source>
        <translation>Нова процедура</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категорія:</translation>
    </message>
    <message>
        <source>Duration, price:</source>
        <translation>Тривалість, ціна:</translation>
    </message>
    <message>
        <source>A blocking condition in the client&apos;s anamnesis needs a written reason to go ahead; a warning is shown and passed.</source>
        <translation>Заборонний стан в анамнезі клієнта потребує письмового обґрунтування, щоб продовжити; попередження лише показується.</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Процедури</translation>
    </message>
    <message>
        <source>Left empty, it keeps the catalogue&apos;s name in every language</source>
        <translation>Якщо залишити порожнім, залишиться назва з каталогу всіма мовами</translation>
    </message>
</context>
<context>
    <name>ProceduresFeature</name>
    <message>
        <source>Procedures</source>
        <translation>Процедури</translation>
    </message>
    <message>
        <source>Recalled lot {lot} of {product}, used on {date}</source>
        <translation>Відкликана партія {lot} препарату {product}, використана {date}</translation>
    </message>
</context>
<context>
    <name>ProceduresTab</name>
    <message>
        <source>New procedure</source>
        <translation>Нова процедура</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>Прийняти оплату…</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a procedure.</source>
        <translation>Двічі клацніть або натисніть Enter, щоб відкрити процедуру.</translation>
    </message>
    <message>
        <source>No procedures yet.</source>
        <translation>Процедур поки немає.</translation>
    </message>
    <message>
        <source>Sold {sold} · paid {paid}</source>
        <translation>Продано {sold} · сплачено {paid}</translation>
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
        <translation>Виберіть препарат…</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Номер партії</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партія</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Термін придатності</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Remove this product</source>
        <translation>Прибрати цей препарат</translation>
    </message>
</context>
<context>
    <name>ProductRows</name>
    <message>
        <source>Add a product</source>
        <translation>Додати препарат</translation>
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
        <translation>Виробник</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новий препарат</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Партії</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Партія</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Придатний до</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Відкликана</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Номер партії</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Термін придатності</translation>
    </message>
    <message>
        <source>Add lot</source>
        <translation>Додати партію</translation>
    </message>
    <message>
        <source>ml, U, g…</source>
        <translation>мл, ОД, г…</translation>
    </message>
    <message>
        <source>A substance from the list, or any other</source>
        <translation>Речовина зі списку або будь-яка інша</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation>Виробник:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Одиниця:</translation>
    </message>
    <message>
        <source>Substances and allergens: a client allergic to one of them is warned about before the product is used.</source>
        <translation>Речовини та алергени: про алергію клієнта на будь-яку з них попередять до застосування препарату.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Препарати</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>з {date}</translation>
    </message>
    <message>
        <source>Lots of “{product}”</source>
        <translation>Партії «{product}»</translation>
    </message>
    <message>
        <source>Cancel the recall…</source>
        <translation>Скасувати відкликання…</translation>
    </message>
    <message>
        <source>Mark recalled…</source>
        <translation>Позначити відкликаною…</translation>
    </message>
    <message>
        <source>Lot {lot} of “{product}” is added.</source>
        <translation>Партію {lot} препарату «{product}» додано.</translation>
    </message>
    <message>
        <source>Lot {lot} is marked recalled.</source>
        <translation>Партію {lot} позначено відкликаною.</translation>
    </message>
    <message>
        <source>The recall of lot {lot} is cancelled.</source>
        <translation>Відкликання партії {lot} скасовано.</translation>
    </message>
    <message>
        <source>Cancel the recall</source>
        <translation>Скасування відкликання</translation>
    </message>
    <message>
        <source>Lot {lot} of “{product}” will be usable again and the clients&apos; cards will stop warning about it. Cancel the recall?</source>
        <translation>Партію {lot} препарату «{product}» знову можна буде використовувати, а картки клієнтів перестануть про неї попереджати. Скасувати відкликання?</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>“{section}” has changes that are not saved.</source>
        <translation>У розділі «{section}» є незбережені зміни.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Зберегти їх, перш ніж вийти з розділу?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Відкинути зміни</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Залишитися</translation>
    </message>
</context>
<context>
    <name>QuestionnaireDialog</name>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Основне</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреси</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Додатково</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Згоди</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Додаткові поля</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save the questionnaire (Ctrl+S)</source>
        <translation>Зберегти анкету (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрити без збереження (Esc)</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Звертання</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Name day: day</source>
        <translation>Іменини: день</translation>
    </message>
    <message>
        <source>Name day: month</source>
        <translation>Іменини: місяць</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Бажана мова</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Польська</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Прізвище:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Ім&apos;я:</translation>
    </message>
    <message>
        <source>{star} one of the two names is enough</source>
        <translation>{star} достатньо одного з двох: імені або прізвища</translation>
    </message>
    <message>
        <source>Middle name:</source>
        <translation>По батькові:</translation>
    </message>
    <message>
        <source>Salutation:</source>
        <translation>Звертання:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Стать:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Дата народження:</translation>
    </message>
    <message>
        <source>Name day:</source>
        <translation>Іменини:</translation>
    </message>
    <message>
        <source>Preferred language:</source>
        <translation>Бажана мова:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компанія:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Посада:</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Номер клієнта</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— не вказано —</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Відповідальний працівник</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Blacklist</source>
        <translation>Чорний список</translation>
    </message>
    <message>
        <source>Do not book: unwanted client or spam</source>
        <translation>Не записувати: небажаний клієнт або спам</translation>
    </message>
    <message>
        <source>Personal discount, %</source>
        <translation>Персональна знижка, %</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Картка лояльності</translation>
    </message>
    <message>
        <source>EAN-8 or EAN-13 barcode</source>
        <translation>Штрихкод EAN-8 або EAN-13</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Наступний дзвінок</translation>
    </message>
    <message>
        <source>No tags yet: the owner adds them in Settings.</source>
        <translation>Груп ще немає: їх додає власник у Налаштуваннях.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Client number:</source>
        <translation>Номер клієнта:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Клас:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категорія:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Відповідальний:</translation>
    </message>
    <message>
        <source>Marks:</source>
        <translation>Позначки:</translation>
    </message>
    <message>
        <source>Discount:</source>
        <translation>Знижка:</translation>
    </message>
    <message>
        <source>Loyalty card:</source>
        <translation>Картка лояльності:</translation>
    </message>
    <message>
        <source>Next call:</source>
        <translation>Наступний дзвінок:</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Службові примітки</translation>
    </message>
    <message>
        <source>Visible notes</source>
        <translation>Видимі примітки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>for the staff only</source>
        <translation>лише для персоналу</translation>
    </message>
    <message>
        <source>shown on the card and whenever the client is picked</source>
        <translation>показуються в картці та щоразу, коли вибирають клієнта</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Додати телефон</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>Main phone:</source>
        <translation>Основний телефон:</translation>
    </message>
    <message>
        <source>The main mobile identifies the client: two clients cannot share it. Other phones may repeat.</source>
        <translation>Основний мобільний номер ідентифікує клієнта: у двох клієнтів він не може збігатися. Інші телефони можуть повторюватися.</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>Інші телефони:</translation>
    </message>
    <message>
        <source>Add an e-mail</source>
        <translation>Додати e-mail</translation>
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
        <translation>Інші e-mail:</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Додати профіль</translation>
    </message>
    <message>
        <source>Social networks and web sites</source>
        <translation>Соцмережі та вебсайти</translation>
    </message>
    <message>
        <source>Add an address</source>
        <translation>Додати адресу</translation>
    </message>
    <message>
        <source>Identity document type</source>
        <translation>Тип документа, що посвідчує особу</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серія</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ким виданий</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>Код підрозділу</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Дійсний до</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>Адреса реєстрації</translation>
    </message>
    <message>
        <source>As in the document</source>
        <translation>Як у документі</translation>
    </message>
    <message>
        <source>Identity document (for contracts)</source>
        <translation>Документ, що посвідчує особу (для договорів)</translation>
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
        <translation>Серія:</translation>
    </message>
    <message>
        <source>Date of issue:</source>
        <translation>Дата видачі:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ким виданий:</translation>
    </message>
    <message>
        <source>Department code:</source>
        <translation>Код підрозділу:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Дійсний до:</translation>
    </message>
    <message>
        <source>Registered address:</source>
        <translation>Адреса реєстрації:</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Додати документ</translation>
    </message>
    <message>
        <source>Documents with an expiry date</source>
        <translation>Документи з терміном дії</translation>
    </message>
    <message>
        <source>Medical certificate, insurance, signed consent, safety briefing…</source>
        <translation>Медична довідка, страховий поліс, підписана згода, інструктаж з безпеки…</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Батько / мати</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Видалити зв&apos;язок</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Батько / мати:</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Діти:</translation>
    </message>
    <message>
        <source>Add a contact person</source>
        <translation>Додати контактну особу</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактні особи</translation>
    </message>
    <message>
        <source>Consents given by the client</source>
        <translation>Згоди, надані клієнтом</translation>
    </message>
    <message>
        <source>Tick a consent only when the client has given it, and correct the day it was given if it was not today. Unticking records that it was withdrawn, with the date.</source>
        <translation>Позначайте згоду, лише коли клієнт її надав, і виправте дату, якщо її надано не сьогодні. Якщо зняти позначку, буде записано відкликання згоди з датою.</translation>
    </message>
    <message>
        <source>Given on: {purpose}</source>
        <translation>Дата згоди: {purpose}</translation>
    </message>
    <message>
        <source>Restore them instead</source>
        <translation>Відновити його замість нової картки</translation>
    </message>
    <message>
        <source>The client cannot be restored: they are no longer there or your role may not restore clients. Ask the salon&apos;s owner.</source>
        <translation>Клієнта не можна відновити: його вже немає або вашій ролі це не дозволено. Зверніться до власника салону.</translation>
    </message>
    <message>
        <source>Restore from the archive</source>
        <translation>Відновлення з архіву</translation>
    </message>
    <message>
        <source>Restore client No. {number}, {name}, from the archive?</source>
        <translation>Відновити з архіву клієнта № {number}, {name}?</translation>
    </message>
    <message>
        <source>Their card opens; what was typed in this questionnaire is not saved.</source>
        <translation>Відкриється його картка; введене в цій анкеті не збережеться.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>recorded by {user}</source>
        <translation>записав(-ла) {user}</translation>
    </message>
    <message>
        <source>will be recorded when saved</source>
        <translation>буде записано під час збереження</translation>
    </message>
    <message>
        <source>The salon&apos;s own fields</source>
        <translation>Власні поля салону</translation>
    </message>
    <message>
        <source>Opening the questionnaire…</source>
        <translation>Відкриваємо анкету…</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>{star} required field</source>
        <translation>{star} — обов&apos;язкове поле</translation>
    </message>
    <message>
        <source>e.g. dear Olena Petrivna</source>
        <translation>напр.: шановна Олено Петрівно</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>Періодичність дзвінків (днів)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>Call every (days):</source>
        <translation>Періодичність дзвінків (днів):</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Групи:</translation>
    </message>
    <message>
        <source>New client — questionnaire</source>
        <translation>Новий клієнт — анкета</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>автоматично</translation>
    </message>
    <message>
        <source>Questionnaire: {name}</source>
        <translation>Анкета: {name}</translation>
    </message>
    <message>
        <source>{name}, client No. {number}</source>
        <translation>{name}, клієнт № {number}</translation>
    </message>
    <message>
        <source>No. {number} {name}</source>
        <translation>№ {number} {name}</translation>
    </message>
    <message>
        <source>This questionnaire cannot be saved: the client is no longer there or your role may not change it. Ask the salon&apos;s owner.</source>
        <translation>Цю анкету не вдається зберегти: клієнта вже немає або ваша роль не дозволяє її змінювати. Зверніться до власника салону.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрити</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Не пов&apos;язано</translation>
    </message>
    <message>
        <source>Choose the parent</source>
        <translation>Вибір батька або матері</translation>
    </message>
    <message>
        <source>will be recorded as withdrawn today when saved</source>
        <translation>під час збереження буде зафіксовано як відкликану сьогодні</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>відкликано {date}</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>строк сплив {date}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Зберегти зміни?</translation>
    </message>
    <message>
        <source>The questionnaire was changed and not saved yet.</source>
        <translation>Анкету змінено, але ще не збережено.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Змінено іншим користувачем</translation>
    </message>
    <message>
        <source>Someone else saved this client while you were editing.</source>
        <translation>Поки ви редагували, інший користувач зберіг зміни цього клієнта.</translation>
    </message>
    <message>
        <source>Reload to see their version; what you typed here will be replaced. To keep your text, choose Keep editing and copy it first.</source>
        <translation>Натисніть «Оновити», щоб побачити їхню версію; введене тут буде замінено. Щоб зберегти свій текст, виберіть «Продовжити редагування» і спершу скопіюйте його.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продовжити редагування</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
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
        <translation>Показувати</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов&apos;язкове</translation>
    </message>
    <message>
        <source>Always shown: it identifies the client.</source>
        <translation>Показується завжди: за ним упізнають клієнта.</translation>
    </message>
    <message>
        <source>The main phone is always required.</source>
        <translation>Основний телефон обов&apos;язковий завжди.</translation>
    </message>
    <message>
        <source>This field always has a value or is a list of rows.</source>
        <translation>Це поле завжди має значення або є списком рядків.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Hidden fields leave the questionnaire and the card; what clients already have in them is kept, exported and merged. A required field must be filled before a questionnaire is saved.</source>
        <translation>Приховані поля зникають з анкети й картки; уже записані в них дані клієнтів зберігаються, експортуються та об&apos;єднуються. Обов&apos;язкове поле треба заповнити, перш ніж анкету буде збережено.</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Звертання</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Name day</source>
        <translation>Іменини</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Бажана мова</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Номер клієнта</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Клас</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Responsible staff member</source>
        <translation>Відповідальний співробітник</translation>
    </message>
    <message>
        <source>Marks: VIP, blacklist</source>
        <translation>Позначки: VIP, чорний список</translation>
    </message>
    <message>
        <source>Personal discount</source>
        <translation>Персональна знижка</translation>
    </message>
    <message>
        <source>Loyalty card</source>
        <translation>Картка лояльності</translation>
    </message>
    <message>
        <source>Call every (days)</source>
        <translation>Періодичність дзвінків (днів)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Наступний дзвінок</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Службові примітки</translation>
    </message>
    <message>
        <source>Visible notes</source>
        <translation>Видимі примітки</translation>
    </message>
    <message>
        <source>Main phone</source>
        <translation>Основний телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social networks and web sites</source>
        <translation>Соцмережі та вебсайти</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреси</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, що посвідчує особу</translation>
    </message>
    <message>
        <source>Documents with an expiry date</source>
        <translation>Документи з терміном дії</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактні особи</translation>
    </message>
    <message>
        <source>The questionnaire&apos;s fields are saved.</source>
        <translation>Поля анкети збережено.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireRows</name>
    <message>
        <source>Remove this line</source>
        <translation>Видалити цей рядок</translation>
    </message>
</context>
<context>
    <name>RecallMarkDialog</name>
    <message>
        <source>Mark the lot recalled</source>
        <translation>Позначити партію відкликаною</translation>
    </message>
    <message>
        <source>Lot {lot} of “{product}” will be refused from this day on, and the cards of the clients who received it will say so.</source>
        <translation>З цього дня партію {lot} препарату «{product}» не можна буде використовувати, а картки клієнтів, які її отримали, повідомлять про це.</translation>
    </message>
    <message>
        <source>The supplier&apos;s notice, the reason…</source>
        <translation>Лист постачальника, причина…</translation>
    </message>
    <message>
        <source>Mark recalled</source>
        <translation>Позначити відкликаною</translation>
    </message>
    <message>
        <source>Recalled on:</source>
        <translation>Відкликана з:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примітка:</translation>
    </message>
</context>
<context>
    <name>RequisitesForm</name>
    <message>
        <source>As clients know it</source>
        <translation>Як знають клієнти</translation>
    </message>
    <message>
        <source>As in the state register</source>
        <translation>Як у державному реєстрі</translation>
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
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Legal name:</source>
        <translation>Юридична назва:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Країна:</translation>
    </message>
    <message>
        <source>Also the default phone region: numbers typed without a country code are read as numbers of this country.</source>
        <translation>Це також регіон телефонів за замовчуванням: номери, введені без коду країни, вважаються номерами цієї країни.</translation>
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
        <translation>Вебсайт:</translation>
    </message>
    <message>
        <source>Registration numbers</source>
        <translation>Реєстраційні номери</translation>
    </message>
    <message>
        <source>The names of the numbers follow the country.</source>
        <translation>Назви номерів залежать від країни.</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Адреси</translation>
    </message>
    <message>
        <source>Legal address:</source>
        <translation>Юридична адреса:</translation>
    </message>
    <message>
        <source>Actual address:</source>
        <translation>Фактична адреса:</translation>
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
        <translation>Рахунок (IBAN):</translation>
    </message>
    <message>
        <source>Who signs contracts</source>
        <translation>Хто підписує договори</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ПІБ:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Посада:</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Скасувати зміни</translation>
    </message>
    <message>
        <source>Save requisites</source>
        <translation>Зберегти реквізити</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Contracts and printed documents take these details.</source>
        <translation>Ці дані використовуються в договорах і друкованих документах.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Logo on documents:</source>
        <translation>Логотип у документах:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Немає логотипа</translation>
    </message>
    <message>
        <source>The logo on documents</source>
        <translation>Логотип у документах</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.heic)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.heic)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>Файл не читається: {reason}</translation>
    </message>
    <message>
        <source>The logo is saved.</source>
        <translation>Логотип збережено.</translation>
    </message>
    <message>
        <source>The logo is removed.</source>
        <translation>Логотип прибрано.</translation>
    </message>
    <message>
        <source>Registration number (EDRPOU):</source>
        <translation>Код ЄДРПОУ:</translation>
    </message>
    <message>
        <source>Tax number (IPN):</source>
        <translation>Податковий номер (ІПН):</translation>
    </message>
    <message>
        <source>VAT certificate number:</source>
        <translation>Номер свідоцтва платника ПДВ:</translation>
    </message>
    <message>
        <source>Bank code (MFO):</source>
        <translation>Код банку (МФО):</translation>
    </message>
    <message>
        <source>Registration number (OGRN):</source>
        <translation>Реєстраційний номер (ОГРН):</translation>
    </message>
    <message>
        <source>Tax number (INN):</source>
        <translation>Податковий номер (ІНН):</translation>
    </message>
    <message>
        <source>Registration reason code (KPP):</source>
        <translation>Код причини постановки на облік (КПП):</translation>
    </message>
    <message>
        <source>Bank code (BIC):</source>
        <translation>Код банку (БІК):</translation>
    </message>
    <message>
        <source>Registration number (KRS):</source>
        <translation>Реєстраційний номер (KRS):</translation>
    </message>
    <message>
        <source>Tax number (NIP):</source>
        <translation>Податковий номер (NIP):</translation>
    </message>
    <message>
        <source>Statistical number (REGON):</source>
        <translation>Статистичний номер (REGON):</translation>
    </message>
    <message>
        <source>Bank code (BIC/SWIFT):</source>
        <translation>Код банку (BIC/SWIFT):</translation>
    </message>
    <message>
        <source>Business ID number (BIN):</source>
        <translation>Номер БІН:</translation>
    </message>
    <message>
        <source>Individual ID number (IIN):</source>
        <translation>Номер ІІН:</translation>
    </message>
    <message>
        <source>Beneficiary code (KBe):</source>
        <translation>Код бенефіціара (КБе):</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Реєстраційний номер:</translation>
    </message>
    <message>
        <source>Taxpayer number (UNP):</source>
        <translation>Обліковий номер платника (УНП):</translation>
    </message>
    <message>
        <source>Classifier code (OKPO):</source>
        <translation>Код за класифікатором (ОКПО):</translation>
    </message>
    <message>
        <source>Commercial register number (HRB):</source>
        <translation>Номер у торговому реєстрі (HRB):</translation>
    </message>
    <message>
        <source>Tax number (Steuernummer):</source>
        <translation>Податковий номер (Steuernummer):</translation>
    </message>
    <message>
        <source>VAT ID (USt-IdNr.):</source>
        <translation>Номер платника ПДВ (USt-IdNr.):</translation>
    </message>
    <message>
        <source>Company ID (IČO):</source>
        <translation>Ідентифікаційний номер (IČO):</translation>
    </message>
    <message>
        <source>Tax ID (DIČ):</source>
        <translation>Податковий номер (DIČ):</translation>
    </message>
    <message>
        <source>Extra number:</source>
        <translation>Додатковий номер:</translation>
    </message>
    <message>
        <source>Tax number:</source>
        <translation>Податковий номер:</translation>
    </message>
    <message>
        <source>Salon requisites</source>
        <translation>Реквізити салону</translation>
    </message>
    <message>
        <source>The requisites are not saved: please correct the marked fields.</source>
        <translation>Реквізити не збережено: виправте, будь ласка, позначені поля.</translation>
    </message>
    <message>
        <source>The requisites are saved.</source>
        <translation>Реквізити збережено.</translation>
    </message>
</context>
<context>
    <name>ScaleChart</name>
    <message>
        <source>min</source>
        <translation>мін.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс.</translation>
    </message>
    <message>
        <source>No skin assessments yet.</source>
        <translation>Оцінок стану шкіри ще немає.</translation>
    </message>
    <message>
        <source>Choose the scales to draw above.</source>
        <translation>Виберіть шкали для графіка вище.</translation>
    </message>
</context>
<context>
    <name>ScaleHistoryView</name>
    <message>
        <source>Chart</source>
        <translation>Графік</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблиця</translation>
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
        <translation>Змінювати налаштування салону може лише власник.</translation>
    </message>
    <message>
        <source>This record no longer exists; the list is reloaded. Please try again.</source>
        <translation>Цього запису вже немає; список оновлено. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The change was not saved: {reason}</source>
        <translation>Зміну не збережено: {reason}</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Only the owner can change the salon&apos;s settings. You can look at them here; the interface language of this computer is yours to choose.</source>
        <translation>Змінювати налаштування салону може лише власник. Ви можете їх переглядати; мову інтерфейсу на цьому комп&apos;ютері ви обираєте самі.</translation>
    </message>
    <message>
        <source>The interface language is switched.</source>
        <translation>Мову інтерфейсу перемкнено.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Розпишіться тут</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Підпис клієнта</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <source>Employee&apos;s signature</source>
        <translation>Підпис співробітника</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
</context>
<context>
    <name>SkinLabels</name>
    <message>
        <source>Fitzpatrick phototype</source>
        <translation>Фототип за Фіцпатриком</translation>
    </message>
    <message>
        <source>Glogau photoageing</source>
        <translation>Фотостаріння за Глогау</translation>
    </message>
    <message>
        <source>Turgor</source>
        <translation>Тургор</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Чутливість</translation>
    </message>
    <message>
        <source>Pigmentation</source>
        <translation>Пігментація</translation>
    </message>
    <message>
        <source>Vascular changes</source>
        <translation>Судинні зміни</translation>
    </message>
    <message>
        <source>Acne grade</source>
        <translation>Ступінь акне</translation>
    </message>
    <message>
        <source>Wrinkle depth</source>
        <translation>Глибина зморшок</translation>
    </message>
    <message>
        <source>Fitzpatrick</source>
        <translation>Фіцпатрик</translation>
    </message>
    <message>
        <source>Glogau</source>
        <translation>Глогау</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>Судини</translation>
    </message>
    <message>
        <source>Acne</source>
        <translation>Акне</translation>
    </message>
    <message>
        <source>Wrinkles</source>
        <translation>Зморшки</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>слабко виражено</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>помірно виражено</translation>
    </message>
    <message>
        <source>marked</source>
        <translation>сильно виражено</translation>
    </message>
    <message>
        <source>Very fair skin: always burns, never tans</source>
        <translation>Дуже світла шкіра: завжди обгорає, не засмагає</translation>
    </message>
    <message>
        <source>Fair skin: burns easily, tans little</source>
        <translation>Світла шкіра: легко обгорає, засмагає слабко</translation>
    </message>
    <message>
        <source>Light to beige skin: sometimes burns, tans gradually</source>
        <translation>Світла або бежева шкіра: іноді обгорає, засмагає поступово</translation>
    </message>
    <message>
        <source>Olive skin: rarely burns, tans easily</source>
        <translation>Оливкова шкіра: рідко обгорає, легко засмагає</translation>
    </message>
    <message>
        <source>Brown skin: very rarely burns, tans deeply</source>
        <translation>Смаглява шкіра: дуже рідко обгорає, засмагає сильно</translation>
    </message>
    <message>
        <source>Dark brown to black skin: never burns</source>
        <translation>Темно-коричнева або чорна шкіра: ніколи не обгорає</translation>
    </message>
    <message>
        <source>No wrinkles: early photoageing, about 20–30 years</source>
        <translation>Без зморшок: ранні ознаки фотостаріння, близько 20–30 років</translation>
    </message>
    <message>
        <source>Wrinkles in motion: lines with expression, about 30–40</source>
        <translation>Зморшки в русі: з&apos;являються під час міміки, близько 30–40 років</translation>
    </message>
    <message>
        <source>Wrinkles at rest: seen without expression, about 50</source>
        <translation>Зморшки в спокої: видно без міміки, близько 50 років</translation>
    </message>
    <message>
        <source>Only wrinkles: lines all over, sagging, 60 and older</source>
        <translation>Лише зморшки: зморшки по всьому обличчю, птоз, від 60 років</translation>
    </message>
    <message>
        <source>markedly reduced</source>
        <translation>значно знижений</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>знижений</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>задовільний</translation>
    </message>
    <message>
        <source>good</source>
        <translation>добрий</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>дуже добрий</translation>
    </message>
    <message>
        <source>comedones</source>
        <translation>комедони</translation>
    </message>
    <message>
        <source>papules, a few pustules</source>
        <translation>папули, поодинокі пустули</translation>
    </message>
    <message>
        <source>many papules and pustules</source>
        <translation>багато папул і пустул</translation>
    </message>
    <message>
        <source>nodules and cysts</source>
        <translation>вузли та кісти</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Нормальна</translation>
    </message>
    <message>
        <source>Dry</source>
        <translation>Суха</translation>
    </message>
    <message>
        <source>Oily</source>
        <translation>Жирна</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Комбінована</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Чутлива</translation>
    </message>
    <message>
        <source>No wrinkles</source>
        <translation>Без зморшок</translation>
    </message>
    <message>
        <source>Fine lines (dehydration)</source>
        <translation>Дрібні (зневоднення)</translation>
    </message>
    <message>
        <source>Expression lines</source>
        <translation>Мімічні</translation>
    </message>
    <message>
        <source>Gravitational (sagging)</source>
        <translation>Гравітаційні (птоз)</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Змішані</translation>
    </message>
    <message>
        <source>Resistant</source>
        <translation>Резистентна</translation>
    </message>
    <message>
        <source>Pigmented</source>
        <translation>Пігментована</translation>
    </message>
    <message>
        <source>Non-pigmented</source>
        <translation>Непігментована</translation>
    </message>
    <message>
        <source>Wrinkle-prone</source>
        <translation>Схильна до зморшок</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Пружна</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не оцінювалося</translation>
    </message>
    <message>
        <source>Baumann type {letters}</source>
        <translation>Тип за Бауманн {letters}</translation>
    </message>
</context>
<context>
    <name>SocialRow</name>
    <message>
        <source>Network</source>
        <translation>Соцмережа</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>@name or a link to the profile</source>
        <translation>@ім&apos;я або посилання на профіль</translation>
    </message>
</context>
<context>
    <name>TemplateChooser</name>
    <message>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>Blank questionnaire</source>
        <translation>Порожня анкета</translation>
    </message>
    <message>
        <source>Start the questionnaire from:</source>
        <translation>Почати анкету з:</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>New…</source>
        <translation>Новий…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Перейменувати…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Відновити цю версію</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Версії:</translation>
    </message>
    <message>
        <source>Consent holds for (months, 0 = until withdrawn):</source>
        <translation>Згода діє (місяців, 0 = до відкликання):</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Скасувати зміни</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Зберегти новою версією</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Поля підстановки:</translation>
    </message>
    <message>
        <source>Enter or a double click inserts it.</source>
        <translation>Enter або подвійне клацання вставляє поле.</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Шаблони документів</translation>
    </message>
    <message>
        <source>v.{version}</source>
        <translation>вер. {version}</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>вимкнено</translation>
    </message>
    <message>
        <source>v.{version}, {date}</source>
        <translation>вер. {version}, {date}</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Увімкнути</translation>
    </message>
    <message>
        <source>Version {version}, saved {date} by {name}</source>
        <translation>Версія {version}, збережена {date}, {name}</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>програма</translation>
    </message>
    <message>
        <source>(an earlier version, read-only)</source>
        <translation>(попередня версія, лише перегляд)</translation>
    </message>
    <message>
        <source>The template is not saved: correct the placeholders listed.</source>
        <translation>Шаблон не збережено: виправте перелічені поля підстановки.</translation>
    </message>
    <message>
        <source>“{name}” is saved as version {version}.</source>
        <translation>«{name}» збережено як версію {version}.</translation>
    </message>
    <message>
        <source>The template “{name}” is added.</source>
        <translation>Шаблон «{name}» додано.</translation>
    </message>
    <message>
        <source>Rename the template</source>
        <translation>Перейменувати шаблон</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
</context>
<context>
    <name>TemplateKinds</name>
    <message>
        <source>Service contract</source>
        <translation>Договір про послуги</translation>
    </message>
    <message>
        <source>Informed consent to a procedure</source>
        <translation>Інформована згода на процедуру</translation>
    </message>
    <message>
        <source>Personal data consent</source>
        <translation>Згода на обробку персональних даних</translation>
    </message>
    <message>
        <source>Health data consent</source>
        <translation>Згода на обробку даних про здоров&apos;я</translation>
    </message>
    <message>
        <source>Photo consent</source>
        <translation>Згода на фотографування</translation>
    </message>
    <message>
        <source>Price list agreement</source>
        <translation>Угода про ціни</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Останній вхід</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No, disabled</source>
        <translation>Ні, вимкнено</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
</context>
<context>
    <name>UsersEditor</name>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Адміністратор</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Спеціаліст</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Новий користувач…</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Вибраний користувач</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Може входити</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Зберегти зміни</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логін:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ПІБ:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новий пароль</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Встановити новий пароль</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Повторіть:</translation>
    </message>
    <message>
        <source>For a user who forgot their password: set a new one and tell it to them. At least {limit} characters.</source>
        <translation>Якщо користувач забув пароль, встановіть новий і повідомте його користувачеві. Щонайменше {limit} символів.</translation>
    </message>
    <message>
        <source>Accounts are never deleted: the history shows who did what. Untick “May log in” for someone who left.</source>
        <translation>Облікові записи ніколи не видаляються: історія показує, хто що робив. Для працівника, який звільнився, зніміть позначку «Може входити».</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <source>Selected user: {login}</source>
        <translation>Вибраний користувач: {login}</translation>
    </message>
    <message>
        <source>Your own account</source>
        <translation>Ваш власний обліковий запис</translation>
    </message>
    <message>
        <source>You are changing your own role or access. After you log out you may no longer be able to change the salon&apos;s settings. Continue?</source>
        <translation>Ви змінюєте власну роль або доступ. Після виходу ви можете втратити можливість змінювати налаштування салону. Продовжити?</translation>
    </message>
    <message>
        <source>The account “{login}” is saved.</source>
        <translation>Обліковий запис «{login}» збережено.</translation>
    </message>
    <message>
        <source>The password of “{login}” is changed. Tell them the new one: it works from their next login.</source>
        <translation>Пароль користувача «{login}» змінено. Повідомте йому новий пароль: він діятиме з наступного входу.</translation>
    </message>
    <message>
        <source>The user “{login}” is created and can log in now.</source>
        <translation>Користувача «{login}» створено, він уже може увійти.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Це поле обов&apos;язкове.</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation>Задовге значення: не більше {limit} символів.</translation>
    </message>
    <message>
        <source>Contains invisible or control characters; please retype it.</source>
        <translation>Містить невидимі або керівні символи; введіть, будь ласка, ще раз.</translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation>Ім&apos;я має містити літери.</translation>
    </message>
    <message>
        <source>Type a first or a last name (one is enough).</source>
        <translation>Введіть ім&apos;я або прізвище (достатньо одного).</translation>
    </message>
    <message>
        <source>Not a phone number. Type it with the country code, e.g. {example}.</source>
        <translation>Це не номер телефону. Введіть його з кодом країни, напр. {example}.</translation>
    </message>
    <message>
        <source>This number is not valid for {region}. Check the digits, e.g. {example}.</source>
        <translation>Цей номер недійсний для країни {region}. Перевірте цифри, напр. {example}.</translation>
    </message>
    <message>
        <source>This phone already belongs to client No. {number}, {name}.</source>
        <translation>Цей телефон уже належить клієнту № {number}, {name}.</translation>
    </message>
    <message>
        <source>This phone belongs to archived client No. {number}, {name}.</source>
        <translation>Цей телефон належить клієнтові з архіву № {number}, {name}.</translation>
    </message>
    <message>
        <source>The same number is entered twice.</source>
        <translation>Той самий номер введено двічі.</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.com).</source>
        <translation>Це не адреса e-mail (name@example.com).</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Дата не може бути в майбутньому.</translation>
    </message>
    <message>
        <source>The date must be after {year}.</source>
        <translation>Дата має бути після {year} року.</translation>
    </message>
    <message>
        <source>Client number {number} is already used by {name}.</source>
        <translation>Номер {number} уже присвоєно клієнту {name}.</translation>
    </message>
    <message>
        <source>Use letters, digits and - / . only, up to {limit} characters.</source>
        <translation>Використовуйте лише літери, цифри та - / ., не більше {limit} символів.</translation>
    </message>
    <message>
        <source>A card barcode has 8 or 13 digits (EAN-8 / EAN-13).</source>
        <translation>Штрихкод картки має 8 або 13 цифр (EAN-8 / EAN-13).</translation>
    </message>
    <message>
        <source>The check digit is wrong: the barcode was mistyped.</source>
        <translation>Неправильна контрольна цифра: штрихкод введено з помилкою.</translation>
    </message>
    <message>
        <source>A discount is between 0 and 100%.</source>
        <translation>Знижка має бути від 0 до 100%.</translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation>Потрібно ввести число.</translation>
    </message>
    <message>
        <source>A date is expected (dd.mm.yyyy).</source>
        <translation>Потрібно ввести дату (дд.мм.рррр).</translation>
    </message>
    <message>
        <source>Pick one of the offered values.</source>
        <translation>Виберіть одне із запропонованих значень.</translation>
    </message>
    <message>
        <source>No such day in the calendar.</source>
        <translation>Такого дня в календарі немає.</translation>
    </message>
    <message>
        <source>The expiry date is before the date of issue.</source>
        <translation>Дата закінчення терміну дії раніша за дату видачі.</translation>
    </message>
    <message>
        <source>Not a link or a profile name.</source>
        <translation>Це не посилання і не ім&apos;я профілю.</translation>
    </message>
    <message>
        <source>A client cannot be their own parent.</source>
        <translation>Клієнт не може бути батьком чи матір&apos;ю самому собі.</translation>
    </message>
    <message>
        <source>This link would make a family loop.</source>
        <translation>Такий зв&apos;язок утворив би замкнене коло в родині.</translation>
    </message>
    <message>
        <source>This login is already taken.</source>
        <translation>Цей логін уже зайнятий.</translation>
    </message>
    <message>
        <source>Use 3–32 Latin letters, digits, dot, dash or underscore.</source>
        <translation>Використовуйте 3–32 символи: латинські літери, цифри, крапку, дефіс або підкреслення.</translation>
    </message>
    <message>
        <source>At least {limit} characters.</source>
        <translation>Щонайменше {limit} символів.</translation>
    </message>
    <message>
        <source>Unknown country code.</source>
        <translation>Невідомий код країни.</translation>
    </message>
    <message>
        <source>This name is already in the list.</source>
        <translation>Така назва вже є у списку.</translation>
    </message>
    <message>
        <source>Use Latin letters, digits and underscores, starting with a letter.</source>
        <translation>Використовуйте латинські літери, цифри та підкреслення; першим символом має бути літера.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Вкажіть, будь ласка, причину.</translation>
    </message>
    <message>
        <source>The salon must keep at least one active owner.</source>
        <translation>У салоні має залишатися принаймні один активний власник.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Паролі не збігаються.</translation>
    </message>
    <message>
        <source>Not an amount of money. Type it like 1250 or 1 250,50.</source>
        <translation>Це не сума. Введіть, наприклад, 1250 або 1 250,50.</translation>
    </message>
    <message>
        <source>At most {digits} digits after the comma.</source>
        <translation>Не більше {digits} знаків після коми.</translation>
    </message>
    <message>
        <source>This currency has no fractions: type a whole number.</source>
        <translation>Ця валюта не має дробової частини: введіть ціле число.</translation>
    </message>
    <message>
        <source>This amount is too large.</source>
        <translation>Завелика сума.</translation>
    </message>
    <message>
        <source>This amount is in {currency}; the salon counts in {expected}.</source>
        <translation>Ця сума в {currency}, а салон веде розрахунки в {expected}.</translation>
    </message>
    <message>
        <source>Unknown currency code.</source>
        <translation>Невідомий код валюти.</translation>
    </message>
    <message>
        <source>Unknown placeholder {name}: pick it from the list of placeholders.</source>
        <translation>Невідома підстановка {name}: виберіть її зі списку підстановок.</translation>
    </message>
    <message>
        <source>A placeholder is not closed: “{text}”.</source>
        <translation>Підстановку не закрито: «{text}».</translation>
    </message>
    <message>
        <source>A consent holds for 1 to {limit} months, or until withdrawn.</source>
        <translation>Згода діє від 1 до {limit} місяців або до відкликання.</translation>
    </message>
    <message>
        <source>The form has no field {name}.</source>
        <translation>У бланку немає поля {name}.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB.</source>
        <translation>Файл більший за {limit} МБ.</translation>
    </message>
    <message>
        <source>The check digit does not match: there is a typo in the number.</source>
        <translation>Контрольна цифра не збігається: у номері помилка.</translation>
    </message>
    <message>
        <source>Wrong length: such a number has {lengths} characters.</source>
        <translation>Неправильна довжина: такий номер має {lengths} знаків.</translation>
    </message>
    <message>
        <source>Only digits are allowed in this number.</source>
        <translation>У цьому номері дозволені лише цифри.</translation>
    </message>
    <message>
        <source>Not an IBAN: two letters of the country, two check digits, then the account.</source>
        <translation>Це не IBAN: дві літери країни, дві контрольні цифри, далі номер рахунку.</translation>
    </message>
    <message>
        <source>Not a BIC: 8 or 11 letters and digits, e.g. PBANUA2X.</source>
        <translation>Це не BIC: 8 або 11 літер і цифр, наприклад PBANUA2X.</translation>
    </message>
    <message>
        <source>A KPP has 9 characters: 4 digits, 2 digits or letters, 3 digits.</source>
        <translation>КПП має 9 знаків: 4 цифри, 2 цифри або літери, 3 цифри.</translation>
    </message>
    <message>
        <source>Pick a value from {low} to {high}.</source>
        <translation>Виберіть значення від {low} до {high}.</translation>
    </message>
    <message>
        <source>Choose one letter of each pair (O/D, S/R, P/N, W/T), or none at all.</source>
        <translation>Виберіть по одній літері з кожної пари (O/D, S/R, P/N, W/T) або жодної.</translation>
    </message>
    <message>
        <source>The face chart could not be read; please draw it again.</source>
        <translation>Не вдалося прочитати схему обличчя; намалюйте її ще раз.</translation>
    </message>
    <message>
        <source>An assessment can be corrected only on the day it was recorded, by its author or the owner. Record a new assessment instead.</source>
        <translation>Виправити оцінку шкіри можна лише в день її запису, і лише її автору або власнику. Натомість запишіть нову оцінку.</translation>
    </message>
    <message>
        <source>Unknown condition code: {code}.</source>
        <translation>Невідомий код стану: {code}.</translation>
    </message>
    <message>
        <source>A duration is from {low} to {high} minutes.</source>
        <translation>Тривалість — від {low} до {high} хвилин.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Сума не може бути від’ємною.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Сума має бути більшою за нуль.</translation>
    </message>
    <message>
        <source>A substance cannot be empty.</source>
        <translation>Речовина не може бути порожньою.</translation>
    </message>
    <message>
        <source>Ruled out by the client&apos;s condition: {condition_name}. Give a reason to go ahead.</source>
        <translation>Протипоказано через стан клієнта: {condition_name}. Щоб продовжити, вкажіть причину.</translation>
    </message>
    <message>
        <source>The client is allergic to {substance_name}, which {product} contains. Give a reason to go ahead.</source>
        <translation>У клієнта алергія на речовину {substance_name}, що входить до складу {product}. Щоб продовжити, вкажіть причину.</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} expired on {expires_on} and cannot be used.</source>
        <translation>Термін придатності партії {lot} препарату {product} сплив {expires_on}; її не можна використовувати.</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} was recalled on {recalled_on} and cannot be used.</source>
        <translation>Партію {lot} препарату {product} відкликано {recalled_on}; її не можна використовувати.</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} is already recorded as expiring on {expires_on}.</source>
        <translation>Партію {lot} препарату {product} уже записано з терміном придатності до {expires_on}.</translation>
    </message>
    <message>
        <source>There is no product {name}; add it to the catalogue first.</source>
        <translation>Препарату «{name}» немає; спершу додайте його до каталогу.</translation>
    </message>
    <message>
        <source>This procedure is no longer offered.</source>
        <translation>Ця процедура більше не пропонується.</translation>
    </message>
    <message>
        <source>The next visit cannot be before the procedure.</source>
        <translation>Наступний візит не може бути раніше за процедуру.</translation>
    </message>
    <message>
        <source>A refund cannot be more than the client has paid.</source>
        <translation>Повернення не може перевищувати суму, сплачену клієнтом.</translation>
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
        <translation>Дата й час:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Процедура:</translation>
    </message>
    <message>
        <source>Specialist:</source>
        <translation>Спеціаліст:</translation>
    </message>
    <message>
        <source>Zones:</source>
        <translation>Зони:</translation>
    </message>
    <message>
        <source>Products:</source>
        <translation>Препарати:</translation>
    </message>
    <message>
        <source>Device parameters:</source>
        <translation>Параметри апарата:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <source>Reaction:</source>
        <translation>Реакція:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Рекомендації:</translation>
    </message>
    <message>
        <source>Home care:</source>
        <translation>Домашній догляд:</translation>
    </message>
    <message>
        <source>Next visit:</source>
        <translation>Наступний візит:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Ціна:</translation>
    </message>
    <message>
        <source>Sold:</source>
        <translation>Продано:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Сплачено:</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Записано:</translation>
    </message>
    <message>
        <source>Done despite a contraindication:</source>
        <translation>Виконано попри протипоказання:</translation>
    </message>
    <message>
        <source>{product}, lot {lot}, until {expiry}</source>
        <translation>{product}, партія {lot}, придатний до {expiry}</translation>
    </message>
    <message>
        <source>recalled on {date}</source>
        <translation>відкликано {date}</translation>
    </message>
</context>
<context>
    <name>VisitTable</name>
    <message>
        <source>Done despite a contraindication; the reason is in the record.</source>
        <translation>Виконано попри протипоказання; причину вказано в записі.</translation>
    </message>
    <message>
        <source>A lot used in this procedure was recalled.</source>
        <translation>Партію, використану в цій процедурі, відкликано.</translation>
    </message>
    <message>
        <source>Paid at the visit; payments taken later count in the balance</source>
        <translation>Сплачено під час візиту; оплати, прийняті пізніше, враховано в балансі</translation>
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
        <translation>Спеціаліст</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Знижка</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Продано</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Сплачено</translation>
    </message>
</context>
</TS>
