"""Importing contacts from Google/Outlook CSV, vCard 2.1/3.0/4.0 and GBK CSV; export round trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.errors import ValidationError
from models.money import Money
from models.services import Services
from models.services.clients import ClientDraft, ClientQuery
from models.services.contacts_formats import decode, parse_contacts
from models.services.exporting import read_table, write_table

DATA = Path(__file__).parent / "data" / "contacts"


def _contacts(studio: Services) -> dict[str, tuple[str, str, str, str]]:
    """name -> (client, role, phone, email) for every contact in the database."""
    out = {}
    for row in studio.crm.contacts.page(limit=1000):
        name, client, role, phone, email, _wechat, _primary = row.values
        out[name] = (client, role, phone, email)
    return out


def test_google_csv(studio: Services) -> None:
    preview = studio.crm.imports.preview(DATA / "google.csv")
    assert preview.format == "google" and preview.encoding == "utf-8"
    assert (preview.new_clients, preview.new_contacts) == (3, 3)
    assert [r.line for r in preview.rows] == [2, 3, 4]
    studio.crm.imports.run(DATA / "google.csv")
    got = _contacts(studio)
    assert got["Chen Jing"] == (
        "Lumen Tea House",
        "Brand manager",
        "+86 138 0013 8000",
        "chen.jing@lumentea.cn",  # the first of "a ::: b"
    )
    assert got["王磊"][0] == "北京青禾文化传媒有限公司"
    assert got["Sam O'Neil"][2] == "+44 20 7946 0018"


def test_outlook_csv_with_bom_and_existing_client_matched(studio: Services) -> None:
    existing = studio.clients.create(ClientDraft("NORTHWIND  architects"))
    preview = studio.crm.imports.preview(DATA / "outlook.csv")
    assert preview.format == "outlook" and preview.encoding == "utf-8-sig"
    assert (preview.new_clients, preview.matched_clients) == (1, 1)
    assert preview.rows[0].client_action == "match"
    result = studio.crm.imports.run(DATA / "outlook.csv")
    assert (result.created_clients, result.created_contacts) == (1, 2)
    got = _contacts(studio)
    assert got["Anna Berg"] == (
        "NORTHWIND architects",
        "Partner",
        "+46 8 123 456",
        "anna.berg@northwind.se",
    )
    assert got["李丽"] == ("上海织梦服饰", "采购经理", "186 2000 3000", "li.li@dreamweave.cn")
    assert studio.clients.count(ClientQuery()) == 2
    assert [c.name for c in studio.crm.contacts.for_client(existing)] == ["Anna Berg"]


def test_vcard_2_1_quoted_printable(studio: Services) -> None:
    kind, _encoding, rows = parse_contacts((DATA / "phone_2_1.vcf").read_bytes())
    assert kind == "vcard2.1"
    assert rows[0].name == "张伟" and rows[0].client == "杭州云起科技"
    assert rows[0].phone == "13700001111"  # the mobile number, not the first TEL
    assert (
        rows[0].notes
        == "这是一个很长的备注，用来测试软换行是否能够正确地连接起来，不会丢失任何文字。"
    )
    assert rows[1].name == "John Doe" and rows[1].client == "" and rows[1].line == 14
    studio.crm.imports.run(DATA / "phone_2_1.vcf")
    got = _contacts(studio)
    assert got["John Doe"] == ("John Doe", "", "+1 555 0100", "john.doe@example.com")


def test_vcard_3_0_folding_and_escapes(studio: Services) -> None:
    _kind, _enc, rows = parse_contacts((DATA / "contacts_3_0.vcf").read_bytes())
    assert rows[0].client == "Lumen Tea House" and rows[0].wechat_id == "lina_design"
    assert rows[0].notes == "Prefers e-mail, not calls.\nVery precise."
    assert (
        rows[1].notes
        == "This note is folded across two lines because vCard 3.0 wraps at 75 octets."
    )
    preview = studio.crm.imports.preview(DATA / "contacts_3_0.vcf")
    assert preview.format_label == "vCard 3.0"
    studio.crm.imports.run(DATA / "contacts_3_0.vcf")
    assert _contacts(studio)["刘洋"][0] == "成都熊猫影像工作室"


def test_vcard_4_0(studio: Services) -> None:
    studio.crm.imports.run(DATA / "contacts_4_0.vcf")
    assert _contacts(studio)["Maria García"] == (
        "Casa Verde Studio",
        "",
        "+34-600-123-456",
        "maria@casaverde.es",
    )


def test_gbk_csv_from_chinese_excel(studio: Services) -> None:
    text, encoding = decode((DATA / "excel_gbk.csv").read_bytes())
    assert encoding == "gb18030" and text.startswith("客户,姓名")
    preview = studio.crm.imports.preview(DATA / "excel_gbk.csv")
    assert preview.format == "generic"
    assert (preview.new_clients, preview.new_contacts) == (2, 2)  # one row is a client only
    studio.crm.imports.run(DATA / "excel_gbk.csv")
    got = _contacts(studio)
    assert got["赵敏"] == (
        "深圳蓝鲸广告有限公司",
        "创意总监",
        "13922223333",
        "zhaomin@bluewhale.cn",
    )
    assert studio.clients.find_similar("广州小满餐饮")
    # Importing the same file again matches everything and creates nothing.
    again = studio.crm.imports.run(DATA / "excel_gbk.csv")
    assert (again.created_clients, again.created_contacts, again.matched_contacts) == (0, 0, 2)


@pytest.mark.parametrize(("name", "line"), [("malformed_email.csv", 3), ("malformed.vcf", 9)])
def test_malformed_file_names_the_line_and_writes_nothing(studio: Services, name, line) -> None:
    with pytest.raises(ValidationError) as err:
        studio.crm.imports.preview(DATA / name)
    assert err.value.field == "file" and err.value.message.startswith(f"Line {line}:")
    with pytest.raises(ValidationError):
        studio.crm.imports.run(DATA / name)
    assert studio.clients.count(ClientQuery(include_archived=True)) == 0
    assert studio.crm.contacts.count() == 0


def test_csv_with_too_many_values_and_an_unreadable_encoding(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,email\nAnn,a@b.cn\nBob,b@c.cn,extra\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="Line 3:"):
        parse_contacts(bad.read_bytes())
    with pytest.raises(ValidationError, match="Line 1:"):
        parse_contacts(b"   ")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_round_trip_with_chinese(studio: Services, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"t.{fmt}"
    rows = [("北京青禾文化传媒", "王磊", Money.of("1234.50", "CNY")), ("Lumen", "", None)]
    assert write_table(out, ["客户", "Contact", "Value"], rows) == 2
    if fmt == "csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    headers, back = read_table(out)
    assert headers == ["客户", "Contact", "Value"]
    assert back[0][:2] == ["北京青禾文化传媒", "王磊"]
    assert back[0][2] in ("1234.50", "1234.5")
    assert back[1] == ["Lumen", "", ""]
