"""Name pools for the demo studio: Chinese and English people, companies, phones, e-mails."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

# (hanzi, pinyin): pinyin makes believable e-mail addresses and WeChat IDs.
SURNAMES: tuple[tuple[str, str], ...] = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
    ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"),
    ("何", "he"), ("林", "lin"), ("高", "gao"), ("罗", "luo"), ("郑", "zheng"),
    ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"), ("韩", "han"),
    ("冯", "feng"), ("邓", "deng"), ("曹", "cao"), ("彭", "peng"), ("曾", "zeng"),
    ("肖", "xiao"), ("田", "tian"), ("董", "dong"), ("潘", "pan"), ("袁", "yuan"),
    ("蔡", "cai"), ("蒋", "jiang"), ("余", "yu"), ("杜", "du"), ("叶", "ye"),
    ("程", "cheng"), ("魏", "wei"), ("苏", "su"), ("吕", "lv"), ("丁", "ding"),
    ("任", "ren"), ("沈", "shen"), ("姚", "yao"), ("卢", "lu"), ("钟", "zhong"),
    ("崔", "cui"), ("谭", "tan"), ("陆", "lu"), ("范", "fan"), ("廖", "liao"),
    ("石", "shi"), ("金", "jin"), ("贾", "jia"), ("夏", "xia"), ("方", "fang"),
    ("欧阳", "ouyang"), ("上官", "shangguan"),
)  # fmt: skip

GIVEN_NAMES: tuple[tuple[str, str], ...] = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
    ("丽", "li"), ("强", "qiang"), ("磊", "lei"), ("洋", "yang"), ("艳", "yan"),
    ("勇", "yong"), ("杰", "jie"), ("涛", "tao"), ("明", "ming"), ("超", "chao"),
    ("霞", "xia"), ("平", "ping"), ("晓明", "xiaoming"), ("子涵", "zihan"),
    ("欣怡", "xinyi"), ("梓轩", "zixuan"), ("一诺", "yinuo"), ("浩然", "haoran"),
    ("思远", "siyuan"), ("雨萱", "yuxuan"), ("嘉怡", "jiayi"), ("俊杰", "junjie"),
    ("天宇", "tianyu"), ("佳琪", "jiaqi"), ("文博", "wenbo"), ("诗涵", "shihan"),
    ("宇航", "yuhang"), ("梦琪", "mengqi"), ("志强", "zhiqiang"), ("晨曦", "chenxi"),
    ("若溪", "ruoxi"), ("书瑶", "shuyao"), ("博文", "bowen"), ("海燕", "haiyan"),
    ("建华", "jianhua"), ("立新", "lixin"), ("婷婷", "tingting"), ("晓燕", "xiaoyan"),
    ("丹", "dan"), ("慧", "hui"), ("颖", "ying"), ("琳", "lin"), ("凯", "kai"),
    ("鹏", "peng"), ("昊", "hao"), ("悦", "yue"), ("雪", "xue"), ("飞", "fei"),
)  # fmt: skip

EN_FIRST: tuple[str, ...] = (
    "Oliver", "Amelia", "James", "Charlotte", "Henry", "Sophie", "Thomas", "Emily", "William",
    "Grace", "Jack", "Chloe", "Daniel", "Hannah", "Samuel", "Lucy", "Benjamin", "Olivia",
    "Edward", "Isabel", "Ryan", "Priya", "Marcus", "Elena", "David", "Sarah", "Michael",
    "Laura", "Kevin", "Rachel", "Adrian", "Natalie", "Leo", "Zoe", "Nathan", "Mia", "Kelvin",
    "Vivian", "Eric", "Cheryl",
)  # fmt: skip

EN_LAST: tuple[str, ...] = (
    "Thompson", "Walker", "Clarke", "Hughes", "Bennett", "Wright", "Patel", "Evans", "Turner",
    "Harris", "Cooper", "Morgan", "Wong", "Chan", "Lee", "Lam", "Ng", "Tan", "Murphy",
    "O'Brien", "Fischer", "Novak", "Rossi", "Okafor", "Larsen", "Silva", "Kowalski", "Reid",
    "Fraser", "Doyle",
)  # fmt: skip

CITIES: tuple[tuple[str, str], ...] = (
    ("北京", "Beijing"), ("上海", "Shanghai"), ("广州", "Guangzhou"), ("深圳", "Shenzhen"),
    ("杭州", "Hangzhou"), ("成都", "Chengdu"), ("南京", "Nanjing"), ("苏州", "Suzhou"),
    ("武汉", "Wuhan"), ("西安", "Xi'an"), ("厦门", "Xiamen"), ("重庆", "Chongqing"),
    ("长沙", "Changsha"), ("青岛", "Qingdao"), ("天津", "Tianjin"), ("宁波", "Ningbo"),
)  # fmt: skip

BRANDS: tuple[tuple[str, str], ...] = (
    ("晨光", "chenguang"), ("星河", "xinghe"), ("云帆", "yunfan"), ("青禾", "qinghe"),
    ("蓝鲸", "lanjing"), ("知行", "zhixing"), ("拾光", "shiguang"), ("远山", "yuanshan"),
    ("木棉", "mumian"), ("锦程", "jincheng"), ("嘉禾", "jiahe"), ("鹿鸣", "luming"),
    ("若水", "ruoshui"), ("光合", "guanghe"), ("初心", "chuxin"), ("山海", "shanhai"),
    ("未名", "weiming"), ("稻禾", "daohe"), ("星火", "xinghuo"), ("风行", "fengxing"),
    ("微澜", "weilan"), ("东方", "dongfang"), ("博雅", "boya"), ("天合", "tianhe"),
    ("恒信", "hengxin"), ("明德", "mingde"), ("禾木", "hemu"), ("银杏", "yinxing"),
    ("橙子", "chengzi"), ("麦田", "maitian"), ("半亩", "banmu"), ("一木", "yimu"),
    ("方圆", "fangyuan"), ("聚力", "juli"), ("优品", "youpin"), ("乐活", "lehuo"),
    ("新禾", "xinhe"), ("栖木", "qimu"), ("万象", "wanxiang"), ("松果", "songguo"),
)  # fmt: skip

# (Chinese industry word, English, the industry stored on the client)
INDUSTRIES: tuple[tuple[str, str, str], ...] = (
    ("文化传媒", "Culture Media", "Media"), ("科技", "Technology", "Technology"),
    ("餐饮管理", "Catering Management", "Food & beverage"),
    ("教育咨询", "Education Consulting", "Education"), ("生物科技", "Biotech", "Healthcare"),
    ("电子商务", "E-commerce", "Retail"), ("建筑设计", "Architectural Design", "Architecture"),
    ("文旅发展", "Culture & Tourism", "Tourism"), ("服饰", "Apparel", "Fashion"),
    ("食品", "Foods", "Food & beverage"), ("健康管理", "Health Management", "Healthcare"),
    ("网络科技", "Network Technology", "Technology"), ("茶业", "Tea", "Food & beverage"),
    ("家居", "Home Furnishing", "Retail"), ("酒店管理", "Hotel Management", "Hospitality"),
    ("汽车服务", "Automotive Services", "Automotive"), ("咖啡", "Coffee", "Food & beverage"),
    ("置业", "Property", "Real estate"),
)  # fmt: skip

CN_FORMS: tuple[tuple[str, str], ...] = (
    ("有限公司", "Co., Ltd."), ("有限公司", "Co., Ltd."), ("有限公司", "Co., Ltd."),
    ("股份有限公司", "Corp., Ltd."), ("有限责任公司", "Co., Ltd."),
)  # fmt: skip

EN_WORDS: tuple[str, ...] = (
    "Harbour", "Finch", "Oak", "Ember", "Willow", "Copper", "Meridian", "Lark", "Atlas",
    "Juniper", "Kestrel", "Maple", "Slate", "Heron", "Tide", "Fern", "Marlow", "Ivy", "Quill",
    "Sable", "Orchard", "Beacon", "Cedar", "Pebble", "Rook", "Aster", "Hollow", "Summit",
    "Linden", "Wren",
)  # fmt: skip

EN_TRADES: tuple[tuple[str, str], ...] = (
    ("Coffee Roasters", "Food & beverage"), ("Architects", "Architecture"),
    ("Labs", "Technology"), ("Outfitters", "Fashion"), ("Education", "Education"),
    ("Health", "Healthcare"), ("Travel", "Tourism"), ("Capital", "Finance"),
    ("Foods", "Food & beverage"), ("Robotics", "Technology"), ("Apparel", "Fashion"),
    ("Games", "Entertainment"), ("Media", "Media"), ("Hotels", "Hospitality"),
)  # fmt: skip

# (name suffix, phone prefix, e-mail top-level domain)
EN_PLACES: tuple[tuple[str, str, str], ...] = (
    ("Ltd", "+44 20 7946 ", "co.uk"), ("Limited", "+852 5", "com.hk"),
    ("Pte. Ltd.", "+65 9", "sg"), ("Inc.", "+1 415 555 ", "com"), ("Co.", "+44 161 496 ", "com"),
)  # fmt: skip

CLIENT_SIZES: tuple[str, ...] = ("1-10", "11-50", "51-200", "201-1000", "1000+")
CN_CONTACT_ROLES: tuple[str, ...] = (
    "市场总监", "品牌经理", "总经理", "产品负责人", "运营主管", "采购经理", "新媒体运营",
    "行政主管",
)  # fmt: skip
EN_CONTACT_ROLES: tuple[str, ...] = (
    "Marketing Director", "Brand Manager", "CEO", "Product Owner", "Head of Content",
    "Procurement", "Operations Manager", "Founder",
)  # fmt: skip

_ALNUM = string.ascii_lowercase + string.digits


@dataclass(frozen=True, slots=True)
class CompanyName:
    name: str
    name_alt: str
    short: str  # what a project name starts with
    industry: str
    chinese: bool
    domain: str
    city: str  # an English city or the phone prefix of a foreign company


def chinese_company(rng: random.Random) -> CompanyName:
    city, city_en = rng.choice(CITIES)
    brand, brand_py = rng.choice(BRANDS)
    industry_zh, industry_en, industry = rng.choice(INDUSTRIES)
    form, form_en = rng.choice(CN_FORMS)
    return CompanyName(
        name=f"{city}{brand}{industry_zh}{form}",
        name_alt=f"{city_en} {brand_py.capitalize()} {industry_en} {form_en}",
        short=brand,
        industry=industry,
        chinese=True,
        domain=f"{brand_py}{rng.choice(('', 'group', 'tech', 'cn'))}.com.cn",
        city=city_en,
    )


def english_company(rng: random.Random) -> CompanyName:
    suffix, phone, tld = rng.choice(EN_PLACES)
    first = rng.choice(EN_WORDS)
    if rng.random() < 0.5:
        second = rng.choice([w for w in EN_WORDS if w != first])
        short = f"{first} & {second}"
        slug = f"{first}{second}"
        industry = rng.choice(EN_TRADES)[1]
    else:
        trade, industry = rng.choice(EN_TRADES)
        short = f"{first} {trade}"
        slug = f"{first}{trade.split()[0]}"
    return CompanyName(
        name=f"{short} {suffix}",
        name_alt="",
        short=short,
        industry=industry,
        chinese=False,
        domain=f"{slug.lower()}.{tld}",
        city=phone,
    )


@dataclass(frozen=True, slots=True)
class PersonName:
    name: str
    email_local: str
    chinese: bool


def chinese_person(rng: random.Random) -> PersonName:
    surname, s_py = rng.choice(SURNAMES)
    given, g_py = rng.choice(GIVEN_NAMES)
    local = rng.choice((f"{g_py}.{s_py}", f"{s_py}{g_py}", f"{g_py[0]}{s_py}"))
    return PersonName(f"{surname}{given}", local, True)


def english_person(rng: random.Random) -> PersonName:
    first, last = rng.choice(EN_FIRST), rng.choice(EN_LAST)
    local = f"{first}.{last}".lower().replace("'", "")
    return PersonName(f"{first} {last}", local, False)


def china_mobile(rng: random.Random) -> str:
    prefix = rng.choice(("138", "139", "136", "150", "151", "158", "186", "187", "177", "199"))
    return f"+86 {prefix} {rng.randrange(10000):04d} {rng.randrange(10000):04d}"


def foreign_phone(rng: random.Random, prefix: str) -> str:
    # Ofcom's drama ranges (020 7946 0xxx, 0161 496 0xxx) and 555-01xx are never real numbers.
    if prefix.startswith("+44"):
        return f"{prefix}0{rng.randrange(1000):03d}"
    if prefix.startswith("+1"):
        return f"{prefix}01{rng.randrange(100):02d}"
    return f"{prefix}{rng.randrange(1000):03d} {rng.randrange(10000):04d}"


def wechat_id(rng: random.Random, person: PersonName) -> str:
    if rng.random() < 0.4:
        return "wxid_" + "".join(rng.choice(_ALNUM) for _ in range(14))
    base = person.email_local.replace(".", "_")
    return f"{base}{rng.randrange(10, 9999)}"


def random_key(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(length))
