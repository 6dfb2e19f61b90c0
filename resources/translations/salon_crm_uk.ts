<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>App</name>
    <message>
        <source>Salon CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salon&apos;s database in {path} could not be opened:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>New salon — Salon CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salon name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first start. Name your salon and create the owner&apos;s account: the owner sets the salon up and adds the staff.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Salon CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome! Log in to start work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password. Check the keyboard layout and Caps Lock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Salon CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client: name, phone, e-mail, card… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains invisible or control characters; please retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name must contain letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number. Type it with the country code, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not valid for {region}. Check the digits, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone already belongs to client No. {number}, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same number is entered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must be after {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client number {number} is already used by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits and - / . only, up to {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card barcode has 8 or 13 digits (EAN-8 / EAN-13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit is wrong: the barcode was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount is between 0 and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is expected (dd.mm.yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one of the offered values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such day in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date is before the date of issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a link or a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client cannot be their own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link would make a family loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 3–32 Latin letters, digits, dot, dash or underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Latin letters, digits and underscores, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salon must keep at least one active owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
