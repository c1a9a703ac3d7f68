"""Reading contact files: encodings, Google/Outlook/generic CSV and vCard 2.1/3.0/4.0.

Everything here is pure (bytes in, ``ParsedContact`` rows out) so each format is easy to test.
A malformed file raises ValidationError("file", "Line N: ...") and nothing is imported.

The documented generic CSV: a header row with any of these columns (English or Chinese),
in any order; only "name" or "client" is required per row.

    client / company / organisation / 客户 / 公司 / 单位
    name / contact / 姓名 / 联系人
    role / title / 职位 / 职务
    phone / mobile / 电话 / 手机
    email / e-mail / 邮箱 / 电子邮件
    wechat / 微信
    notes / 备注
"""

from __future__ import annotations

import csv
import io
import quopri
import re
from dataclasses import dataclass

from models.errors import ValidationError


@dataclass(frozen=True, slots=True)
class ParsedContact:
    line: int  # where the row or card starts in the file (1-based)
    client: str  # organisation; "" for a private person
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    wechat_id: str = ""
    notes: str = ""


def fail(line: int, message: str) -> ValidationError:
    return ValidationError("file", f"Line {line}: {message}")


# --- encodings ----------------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name): UTF-8 with or without BOM, UTF-16 with BOM, else GB18030.

    GB18030 is a superset of GBK and GB2312, which is what Chinese Excel writes as "CSV".
    UTF-8 is tried strictly first: GBK bytes are almost never valid UTF-8, the reverse often is.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise fail(line, "The file is neither UTF-8 nor GBK text.") from None


# --- CSV ----------------------------------------------------------------------------------
GOOGLE_MARKERS = {"given name", "e-mail 1 - value", "organization 1 - name", "group membership"}
GOOGLE_NEW_MARKERS = {"first name", "organization name", "e-mail 1 - value"}
OUTLOOK_MARKERS = {"e-mail address", "business phone", "mobile phone", "company"}

GENERIC_ALIASES: dict[str, tuple[str, ...]] = {
    "client": (
        "client",
        "company",
        "organisation",
        "organization",
        "客户",
        "公司",
        "单位",
        "客户名称",
    ),
    "name": ("name", "contact", "full name", "姓名", "联系人", "名字"),
    "role": ("role", "title", "job title", "职位", "职务"),
    "phone": ("phone", "mobile", "tel", "telephone", "电话", "手机", "联系电话"),
    "email": ("email", "e-mail", "mail", "邮箱", "电子邮件", "邮件"),
    "wechat_id": ("wechat", "wechat id", "weixin", "微信", "微信号"),
    "notes": ("notes", "note", "备注"),
}


def _first(value: str) -> str:
    """Google joins several values with ' ::: '; take the first."""
    return value.split(":::")[0].strip()


def csv_kind(headers: list[str]) -> str:
    low = {h.strip().lower() for h in headers}
    if len(GOOGLE_MARKERS & low) >= 2 or low >= GOOGLE_NEW_MARKERS:
        return "google"
    if len(OUTLOOK_MARKERS & low) >= 2:
        return "outlook"
    return "generic"


def parse_csv(text: str) -> tuple[str, list[ParsedContact]]:
    """(kind, rows) of a Google, Outlook or generic CSV."""
    sample = text[:4096]
    delimiter = ","
    first_line = sample.splitlines()[0] if sample else ""
    if first_line.count(";") > first_line.count(",") and ";" in first_line:
        delimiter = ";"  # European Excel
    elif "\t" in first_line and "," not in first_line:
        delimiter = "\t"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        headers = next(reader)
    except StopIteration:
        raise fail(1, "The file is empty.") from None
    except csv.Error as exc:
        raise fail(1, f"The header row cannot be read ({exc}).") from None
    headers = [h.strip() for h in headers]
    if not any(headers):
        raise fail(1, "The first row must name the columns.")
    kind = csv_kind(headers)
    index = {h.lower(): i for i, h in enumerate(headers)}
    if kind == "generic":
        mapping: dict[str, int] = {}
        for field, aliases in GENERIC_ALIASES.items():
            for alias in aliases:
                if alias in index:
                    mapping[field] = index[alias]
                    break
        if "name" not in mapping and "client" not in mapping:
            raise fail(1, "No column is called name or client (see the generic CSV format).")
    rows: list[ParsedContact] = []
    start = 2
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise fail(start, f"The row cannot be read ({exc}).") from None
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(headers) and any(c.strip() for c in cells[len(headers) :]):
            raise fail(start, f"The row has {len(cells)} values but the header {len(headers)}.")

        def get(name: str, _cells: list[str] = cells) -> str:
            i = index.get(name.lower())
            return _first(_cells[i]) if i is not None and i < len(_cells) else ""

        if kind == "google":
            name = get("Name") or " ".join(
                p
                for p in (
                    get("Given Name") or get("First Name"),
                    get("Additional Name") or get("Middle Name"),
                    get("Family Name") or get("Last Name"),
                )
                if p
            )
            row = ParsedContact(
                start,
                get("Organization 1 - Name") or get("Organization Name"),
                name,
                get("Organization 1 - Title") or get("Organization Title"),
                get("Phone 1 - Value"),
                get("E-mail 1 - Value"),
                "",
                get("Notes"),
            )
        elif kind == "outlook":
            first, last = get("First Name"), get("Last Name")
            # A Chinese name has no space between family and given name; "Last" comes first.
            if _is_cjk(first + last):
                name = f"{last}{first}"
            else:
                name = " ".join(p for p in (first, get("Middle Name"), last) if p)
            row = ParsedContact(
                start,
                get("Company"),
                name,
                get("Job Title"),
                get("Mobile Phone") or get("Business Phone") or get("Home Phone"),
                get("E-mail Address"),
                "",
                get("Notes"),
            )
        else:

            def pick(field: str, _cells: list[str] = cells) -> str:
                i = mapping.get(field)
                return _cells[i].strip() if i is not None and i < len(_cells) else ""

            row = ParsedContact(
                start,
                pick("client"),
                pick("name"),
                pick("role"),
                pick("phone"),
                pick("email"),
                pick("wechat_id"),
                pick("notes"),
            )
        rows.append(row)
    return kind, rows


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


# --- vCard --------------------------------------------------------------------------------
_PROP = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$", re.DOTALL)


def _unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with their starting line numbers (RFC folding and QP soft breaks joined)."""
    out: list[tuple[int, str]] = []
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        start, line = i + 1, lines[i]
        i += 1
        is_qp = "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()
        while i < len(lines):
            nxt = lines[i]
            if is_qp and line.endswith("="):
                line = line + "\n" + nxt  # quopri drops "=\n" soft breaks itself
                i += 1
            elif nxt[:1] in (" ", "\t") and not is_qp:
                line += nxt[1:]
                i += 1
            else:
                break
        out.append((start, line))
    return out


def _unescape(value: str) -> str:
    return (
        value.replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\:", ":")
        .replace("\\\\", "\\")
    )


def _split(value: str, sep: str = ";") -> list[str]:
    parts, cur, esc = [], "", False
    for ch in value:
        if esc:
            cur += "\\" + ch
            esc = False
        elif ch == "\\":
            esc = True
        elif ch == sep:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return [_unescape(p) for p in parts]


def _decode_value(params: str, raw: str, line: int) -> str:
    upper = params.upper()
    if "QUOTED-PRINTABLE" in upper:
        m = re.search(r"CHARSET=([A-Za-z0-9_-]+)", params, re.IGNORECASE)
        charset = m.group(1) if m else "utf-8"
        try:
            data = quopri.decodestring(raw.encode("ascii", errors="strict"))
            return data.decode(charset)
        except (UnicodeError, LookupError):
            raise fail(line, "A quoted-printable value cannot be decoded.") from None
    return raw


def parse_vcard(text: str) -> tuple[str, list[ParsedContact]]:
    rows: list[ParsedContact] = []
    card: dict[str, list[tuple[str, str]]] | None = None
    card_line = 0
    version = ""
    for line_no, line in _unfold(text):
        if not line.strip():
            continue
        m = _PROP.match(line)
        if m is None:
            raise fail(line_no, "This line is not a vCard property (NAME:value).")
        name, params, raw = m.group(1).upper(), m.group(2), m.group(3)
        if name == "BEGIN" and raw.strip().upper() == "VCARD":
            if card is not None:
                raise fail(line_no, "A new card begins before the previous one ended.")
            card, card_line = {}, line_no
            continue
        if card is None:
            raise fail(line_no, "This line is outside a BEGIN:VCARD ... END:VCARD card.")
        if name == "END":
            rows.append(_card_contact(card, card_line))
            card = None
            continue
        value = _decode_value(params, raw, line_no)
        if name == "VERSION":
            version = version or value.strip()
        card.setdefault(name, []).append((params.upper(), value))
    if card is not None:
        raise fail(card_line, "This card has no END:VCARD.")
    if not rows:
        raise fail(1, "The file holds no vCard.")
    return f"vcard{version or '3.0'}", rows


def _card_contact(card: dict[str, list[tuple[str, str]]], line: int) -> ParsedContact:
    def first(prop: str) -> str:
        values = card.get(prop) or []
        return values[0][1] if values else ""

    name = _unescape(first("FN")).strip()
    if not name and card.get("N"):
        parts = _split(first("N"))
        family = parts[0] if parts else ""
        given = parts[1] if len(parts) > 1 else ""
        name = f"{family}{given}" if _is_cjk(family + given) else f"{given} {family}".strip()
    org = _split(first("ORG"))[0].strip() if card.get("ORG") else ""
    phones = card.get("TEL") or []
    # Prefer a mobile number: it is usually the one that reaches the person (and WeChat).
    phone = next((v for p, v in phones if "CELL" in p), phones[0][1] if phones else "")
    phone = phone.removeprefix("tel:").strip()
    email = first("EMAIL").removeprefix("mailto:").strip()
    wechat = first("X-WECHAT") or first("X-WEIXIN")
    return ParsedContact(
        line,
        org,
        name,
        _unescape(first("TITLE")).strip(),
        phone,
        email,
        wechat.strip(),
        _unescape(first("NOTE")).strip(),
    )


def parse_contacts(data: bytes) -> tuple[str, str, list[ParsedContact]]:
    """(format, encoding, rows) of any supported file, chosen by its content, not its name."""
    if not data.strip():
        raise fail(1, "The file is empty.")
    text, encoding = decode(data)
    if text.lstrip().upper().startswith("BEGIN:VCARD"):
        kind, rows = parse_vcard(text)
    else:
        kind, rows = parse_csv(text)
    return kind, encoding, rows
