"""Rendering a filled service contract to PDF (two pages: letterhead with a logo, sections
of numbered clauses, the price table, the parties' details, both signatures signed on
screen), in Ukrainian, Russian and Polish.

    .venv/bin/python benchmarks/bench_contract_pdf.py [--repeat N] [--out FOLDER]

`--out` also writes each language's PDF there, to look at (pdftoppm -png -r 70).
"""

from __future__ import annotations

import argparse
import io
import math
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench_search import percentile
from PIL import Image, ImageDraw

from salon_crm.domain.documents.document_blocks import (
    Block,
    Clause,
    FilledDocument,
    Heading,
    Letterhead,
    Paragraph,
    Run,
    SignaturePlace,
    Signer,
    Stroke,
    Table,
)
from salon_crm.pdf.document_pdf import render_document

TARGET_MS = 300.0

# Per language: title, page label, salon, requisites, parties, section headings with their
# clauses, the price table's header and rows, the signers.
TEXTS: dict[str, dict[str, object]] = {
    "uk": {
        "title": "ДОГОВІР ПРО НАДАННЯ КОСМЕТОЛОГІЧНИХ ПОСЛУГ",
        "number": "№ 2026-0042 від 3 березня 2026 р.",
        "page": "Сторінка {page} з {pages}",
        "salon": "Студія краси «Лілія»",
        "lines": (
            "ФОП Коваль Олена Григорівна, РНОКПП 3012345678",
            "м. Київ, вул. Січових Стрільців, 12, оф. 4 · +380 67 123 45 67 · lilia@example.com",
            "IBAN UA21 3223 1300 0002 6007 2335 6600 1 в АТ «ПриватБанк»",
        ),
        "parties": (
            "ФОП Коваль Олена Григорівна (далі — Виконавець) з однієї сторони та ",
            "Ґаврилюк Євгенія Їжакевич-Іванівна",
            ", паспорт ",
            "КМ 123456",
            ", виданий Шевченківським РВ ГУ ДМС України в м. Києві, (далі — Клієнт) з іншої "
            "сторони уклали цей договір про таке:",
        ),
        "sections": (
            (
                "1. Предмет договору",
                (
                    "Виконавець надає Клієнтові косметологічні послуги згідно з переліком і "
                    "цінами, наведеними в цьому договорі, а Клієнт оплачує їх.",
                    "Послуги надаються у приміщенні Виконавця кваліфікованими фахівцями з "
                    "використанням сертифікованих препаратів.",
                    "Перелік процедур, їх кількість і строки погоджуються сторонами перед "
                    "початком курсу та можуть змінюватися за згодою сторін.",
                ),
            ),
            (
                "2. Права та обов'язки сторін",
                (
                    "Виконавець зобов'язаний до початку процедури ознайомити Клієнта з її "
                    "суттю, очікуваним результатом, можливими побічними реакціями та "
                    "протипоказаннями.",
                    "Клієнт зобов'язаний повідомити Виконавцеві достовірні відомості про стан "
                    "здоров'я, алергічні реакції, прийом лікарських засобів, вагітність.",
                    "Клієнт має право відмовитися від процедури в будь-який момент до її "
                    "початку, попередивши Виконавця не пізніше ніж за 24 години.",
                    "Виконавець має право відмовити у наданні послуги за наявності "
                    "протипоказань або у разі неявки Клієнта у погоджений час.",
                    "Клієнт дотримується рекомендацій щодо домашнього догляду, наданих "
                    "фахівцем після процедури.",
                ),
            ),
            (
                "3. Вартість послуг і порядок розрахунків",
                (
                    "Вартість послуг визначається за цінами, що діють на день укладення "
                    "договору, і становить:",
                ),
            ),
            (
                "4. Відповідальність сторін",
                (
                    "Сторони відповідають за невиконання або неналежне виконання своїх "
                    "обов'язків відповідно до чинного законодавства України.",
                    "Виконавець не відповідає за результат процедури, якщо Клієнт приховав "
                    "відомості про стан здоров'я або не дотримався рекомендацій фахівця.",
                    "Спори вирішуються шляхом переговорів, а в разі недосягнення згоди — у "
                    "судовому порядку.",
                ),
            ),
            (
                "5. Строк дії договору",
                (
                    "Договір набирає чинності з дня його підписання і діє до повного "
                    "виконання сторонами своїх зобов'язань.",
                    "Договір складено у двох примірниках, що мають однакову юридичну силу, по "
                    "одному для кожної зі сторін.",
                ),
            ),
        ),
        "table": ("№", "Послуга", "Кількість", "Ціна", "Сума"),
        "services": (
            ("Атравматична чистка обличчя", "1", "1 200,00 грн", "1 200,00 грн"),
            ("Пілінг мигдальний 30 %", "4", "900,00 грн", "3 600,00 грн"),
            ("Біоревіталізація, 1 мл", "2", "3 500,00 грн", "7 000,00 грн"),
            ("Масаж обличчя скульптурний", "3", "800,00 грн", "2 400,00 грн"),
        ),
        "total": "Разом до сплати: 14 200,00 грн (чотирнадцять тисяч двісті гривень 00 коп.)",
        "details": "Адреса Клієнта: ",
        "address": "м. Львів, вул. Ґрунвальдська, 5, кв. 17",
        "phone": "Телефон Клієнта: ",
        "client": "Клієнт: Ґаврилюк Є. Ї.",
        "employee": "Виконавець: Коваль О. Г.",
    },
    "ru": {
        "title": "ДОГОВОР ОБ ОКАЗАНИИ КОСМЕТОЛОГИЧЕСКИХ УСЛУГ",
        "number": "№ 2026-0042 от 3 марта 2026 г.",
        "page": "Страница {page} из {pages}",
        "salon": "Студия красоты «Лилия»",
        "lines": (
            "ИП Ковалёва Елена Григорьевна, ИНН 771234567890",
            "г. Москва, ул. Пятницкая, д. 12, оф. 4 · +7 916 123-45-67 · lilia@example.com",
            "Р/с 40802810900000012345 в АО «Т-Банк», БИК 044525974",
        ),
        "parties": (
            "ИП Ковалёва Елена Григорьевна (далее — Исполнитель), с одной стороны, и ",
            "Щербакова Юлия Эдуардовна",
            ", паспорт ",
            "45 12 345678",
            ", выдан ОВД «Замоскворечье» г. Москвы, (далее — Клиент), с другой стороны, "
            "заключили настоящий договор о нижеследующем:",
        ),
        "sections": (
            (
                "1. Предмет договора",
                (
                    "Исполнитель оказывает Клиенту косметологические услуги согласно перечню "
                    "и ценам, указанным в настоящем договоре, а Клиент оплачивает их.",
                    "Услуги оказываются в помещении Исполнителя квалифицированными "
                    "специалистами с использованием сертифицированных препаратов.",
                    "Перечень процедур, их количество и сроки согласуются сторонами до начала "
                    "курса и могут изменяться по соглашению сторон.",
                ),
            ),
            (
                "2. Права и обязанности сторон",
                (
                    "Исполнитель обязан до начала процедуры ознакомить Клиента с её сутью, "
                    "ожидаемым результатом, возможными побочными реакциями и "
                    "противопоказаниями.",
                    "Клиент обязан сообщить Исполнителю достоверные сведения о состоянии "
                    "здоровья, аллергических реакциях, приёме лекарств, беременности.",
                    "Клиент вправе отказаться от процедуры в любой момент до её начала, "
                    "предупредив Исполнителя не позднее чем за 24 часа.",
                    "Исполнитель вправе отказать в оказании услуги при наличии "
                    "противопоказаний или в случае неявки Клиента в согласованное время.",
                    "Клиент соблюдает рекомендации по домашнему уходу, данные специалистом "
                    "после процедуры.",
                ),
            ),
            (
                "3. Стоимость услуг и порядок расчётов",
                (
                    "Стоимость услуг определяется по ценам, действующим на день заключения "
                    "договора, и составляет:",
                ),
            ),
            (
                "4. Ответственность сторон",
                (
                    "Стороны несут ответственность за неисполнение или ненадлежащее "
                    "исполнение своих обязательств в соответствии с законодательством РФ.",
                    "Исполнитель не отвечает за результат процедуры, если Клиент скрыл "
                    "сведения о состоянии здоровья или не соблюдал рекомендации специалиста.",
                    "Споры решаются путём переговоров, а при недостижении согласия — в "
                    "судебном порядке.",
                ),
            ),
            (
                "5. Срок действия договора",
                (
                    "Договор вступает в силу со дня его подписания и действует до полного "
                    "исполнения сторонами своих обязательств.",
                    "Договор составлен в двух экземплярах, имеющих одинаковую юридическую "
                    "силу, по одному для каждой из сторон.",
                ),
            ),
        ),
        "table": ("№", "Услуга", "Количество", "Цена", "Сумма"),
        "services": (
            ("Атравматическая чистка лица", "1", "3 200,00 ₽", "3 200,00 ₽"),
            ("Пилинг миндальный 30 %", "4", "2 500,00 ₽", "10 000,00 ₽"),
            ("Биоревитализация, 1 мл", "2", "9 000,00 ₽", "18 000,00 ₽"),
            ("Массаж лица скульптурный", "3", "2 200,00 ₽", "6 600,00 ₽"),
        ),
        "total": "Итого к оплате: 37 800,00 ₽ (тридцать семь тысяч восемьсот рублей 00 коп.)",
        "details": "Адрес Клиента: ",
        "address": "г. Санкт-Петербург, ул. Жуковского, д. 5, кв. 17",
        "phone": "Телефон Клиента: ",
        "client": "Клиент: Щербакова Ю. Э.",
        "employee": "Исполнитель: Ковалёва Е. Г.",
    },
    "pl": {
        "title": "UMOWA O ŚWIADCZENIE USŁUG KOSMETOLOGICZNYCH",
        "number": "Nr 2026-0042 z dnia 3 marca 2026 r.",
        "page": "Strona {page} z {pages}",
        "salon": "Gabinet Kosmetologii „Lilia”",
        "lines": (
            "Lilia Sp. z o.o., NIP 5261040828, REGON 012345678",
            "ul. Złota 12 lok. 4, 00-019 Warszawa · +48 601 234 567 · lilia@example.com",
            "Rachunek PL61 1090 1014 0000 0712 1981 2874 w Santander Bank Polska S.A.",
        ),
        "parties": (
            "Lilia Sp. z o.o. (zwana dalej Wykonawcą) z jednej strony oraz Pani ",
            "Łucja Żółkiewska-Ściegienna",
            ", dowód osobisty ",
            "ABC 123456",
            ", (zwana dalej Klientką) z drugiej strony zawierają umowę następującej treści:",
        ),
        "sections": (
            (
                "1. Przedmiot umowy",
                (
                    "Wykonawca świadczy na rzecz Klientki usługi kosmetologiczne zgodnie z "
                    "wykazem i cenami określonymi w niniejszej umowie, a Klientka za nie płaci.",
                    "Usługi są świadczone w lokalu Wykonawcy przez wykwalifikowany personel z "
                    "użyciem certyfikowanych preparatów.",
                    "Wykaz zabiegów, ich liczba i terminy są uzgadniane przez strony przed "
                    "rozpoczęciem serii i mogą być zmieniane za zgodą stron.",
                ),
            ),
            (
                "2. Prawa i obowiązki stron",
                (
                    "Wykonawca przed zabiegiem zapoznaje Klientkę z jego przebiegiem, "
                    "spodziewanym efektem, możliwymi reakcjami niepożądanymi i "
                    "przeciwwskazaniami.",
                    "Klientka podaje Wykonawcy prawdziwe informacje o stanie zdrowia, "
                    "alergiach, przyjmowanych lekach i ciąży.",
                    "Klientka może zrezygnować z zabiegu przed jego rozpoczęciem, "
                    "uprzedzając Wykonawcę nie później niż 24 godziny wcześniej.",
                    "Wykonawca może odmówić wykonania usługi w razie przeciwwskazań lub "
                    "nieobecności Klientki w uzgodnionym terminie.",
                    "Klientka stosuje się do zaleceń pielęgnacji domowej przekazanych przez "
                    "specjalistę po zabiegu.",
                ),
            ),
            (
                "3. Wynagrodzenie i płatności",
                (
                    "Wynagrodzenie ustala się według cen obowiązujących w dniu zawarcia umowy "
                    "i wynosi:",
                ),
            ),
            (
                "4. Odpowiedzialność stron",
                (
                    "Strony odpowiadają za niewykonanie lub nienależyte wykonanie swoich "
                    "obowiązków zgodnie z przepisami Kodeksu cywilnego.",
                    "Wykonawca nie odpowiada za efekt zabiegu, jeżeli Klientka zataiła "
                    "informacje o stanie zdrowia lub nie stosowała się do zaleceń specjalisty.",
                    "Spory strony rozstrzygają polubownie, a w razie braku porozumienia — "
                    "przed sądem właściwym.",
                ),
            ),
            (
                "5. Czas obowiązywania umowy",
                (
                    "Umowa wchodzi w życie z dniem podpisania i obowiązuje do pełnego "
                    "wykonania zobowiązań przez strony.",
                    "Umowę sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla "
                    "każdej ze stron.",
                ),
            ),
        ),
        "table": ("Lp.", "Usługa", "Liczba", "Cena", "Wartość"),
        "services": (
            ("Oczyszczanie atraumatyczne twarzy", "1", "280,00 zł", "280,00 zł"),
            ("Peeling migdałowy 30 %", "4", "220,00 zł", "880,00 zł"),
            ("Biorewitalizacja, 1 ml", "2", "850,00 zł", "1 700,00 zł"),
            ("Masaż twarzy rzeźbiący", "3", "190,00 zł", "570,00 zł"),
        ),
        "total": "Razem do zapłaty: 3 430,00 zł (trzy tysiące czterysta trzydzieści złotych)",
        "details": "Adres Klientki: ",
        "address": "ul. Źródlana 5 m. 17, 80-001 Gdańsk",
        "phone": "Telefon Klientki: ",
        "client": "Klientka: Łucja Żółkiewska-Ściegienna",
        "employee": "Wykonawca: Ewa Kowalczyk",
    },
}


def _logo_png() -> bytes:
    """A round emblem with a leaf, as a salon's logo might be."""
    image = Image.new("RGBA", (240, 240), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 232, 232), fill=(170, 60, 110, 255))
    draw.ellipse((70, 50, 170, 190), fill=(255, 255, 255, 255))
    draw.line((120, 70, 120, 200), fill=(170, 60, 110, 255), width=8)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def signature_strokes(seed: int) -> tuple[Stroke, ...]:
    """A looping scribble and an underline, as a hand signature samples on a pad."""
    loops = tuple(
        (
            0.08 + 0.7 * t / 120 + 0.06 * math.sin(t * 0.35 + seed),
            0.5 - 0.3 * math.sin(t * 0.21 + seed) * math.cos(t * 0.05),
        )
        for t in range(121)
    )
    underline = tuple((0.1 + 0.8 * t / 20, 0.85 - 0.05 * t / 20) for t in range(21))
    return (Stroke(loops), Stroke(underline))


def sample_contract(language: str, logo_png: bytes | None = None) -> FilledDocument:
    texts = TEXTS[language]
    parties = texts["parties"]
    assert isinstance(parties, tuple)
    blocks: list[Block] = [
        Paragraph(tuple(Run(text, bold=index % 2 == 1) for index, text in enumerate(parties)))
    ]
    sections = texts["sections"]
    assert isinstance(sections, tuple)
    for number, (heading, clauses) in enumerate(sections, start=1):
        blocks.append(Heading(1, (Run(heading),)))
        for index, clause in enumerate(clauses, start=1):
            blocks.append(Clause(f"{number}.{index}.", (Run(clause),)))
        if number == 3:
            header = texts["table"]
            services = texts["services"]
            assert isinstance(header, tuple) and isinstance(services, tuple)
            rows = [tuple((Run(cell),) for cell in header)]
            rows += [
                ((Run(str(row_number)),), *((Run(cell),) for cell in service))
                for row_number, service in enumerate(services, start=1)
            ]
            blocks.append(Table(tuple(rows), header=True))
            blocks.append(Paragraph((Run(str(texts["total"]), bold=True),)))
    blocks += [
        Paragraph((Run(str(texts["details"])), Run(str(texts["address"]), italic=True))),
        Paragraph((Run(str(texts["phone"])), Run("", blank=True))),
        SignaturePlace(Signer.CLIENT, str(texts["client"])),
        SignaturePlace(Signer.EMPLOYEE, str(texts["employee"])),
    ]
    lines = texts["lines"]
    assert isinstance(lines, tuple)
    return FilledDocument(
        title=str(texts["title"]),
        number=str(texts["number"]),
        blocks=tuple(blocks),
        letterhead=Letterhead(str(texts["salon"]), lines, logo_png),
        page_label=str(texts["page"]),
        signatures={Signer.CLIENT: signature_strokes(1), Signer.EMPLOYEE: signature_strokes(4)},
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--out", type=Path, help="also write each language's PDF here")
    args = parser.parse_args(argv)
    logo = _logo_png()
    print(f"rendering a service contract, {args.repeat} timed runs each; target {TARGET_MS:.0f} ms")
    worst_ratio = 0.0
    for language in TEXTS:
        contract = sample_contract(language, logo)
        pdf = render_document(contract)  # warm-up: fonts, styles
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"contract-{language}.pdf").write_bytes(pdf)
        samples = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            render_document(contract)
            samples.append((time.perf_counter() - started) * 1000)
        p95 = percentile(samples, 0.95)
        ratio = p95 / TARGET_MS
        worst_ratio = max(worst_ratio, ratio)
        print(
            f"  {language}  {len(pdf) // 1024:4d} KB  p50 {statistics.median(samples):6.1f} ms  "
            f"p95 {p95:6.1f} ms  max {max(samples):6.1f} ms  ratio {ratio:.2f}"
        )
    print(f"worst p95 / target: {worst_ratio:.2f}")
    return 0 if worst_ratio <= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
