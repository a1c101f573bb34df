"""Stakes rules in Vietnamese, Arabic and Urdu: verb and object anywhere in the same sentence.

They are the last rules of :data:`._classifier_stakes_ml.ML_RULES`, which ends with
``*VIETNAMESE_ARABIC_RULES`` (moved here from :mod:`._classifier_stakes_ml` to keep that module
small; the order in which rules are tried is unchanged).

Access granted or revoked, data deleted, money moved and actions on the live system are tier
3. A sentence that asks to summarise, translate, extract, classify or write code about it is
not the act (``unless``).
"""

from __future__ import annotations

from typing import Final

from langchain_tiered._classifier_stake_rule import StakesRule, _ml_rule

#: Vietnamese and Arabic rules, in priority order (the tail of ``ML_RULES``).
VIETNAMESE_ARABIC_RULES: Final[tuple[StakesRule, ...]] = (
    # Vietnamese: grant or revoke access, delete data, move money, act on the live system
    _ml_rule(
        "ml_credentials", "credentials", "cấp thu đặt",
        r"cấp\s+(?:quyền|tài\s+khoản\s+quản\s+trị)|thu\s+hồi\s+quyền|đặt\s+lại\s+mật\s+khẩu",
        r"quyền|tài\s+khoản|toàn\s+bộ|quản\s+trị|admin|hồ\s+sơ|mật\s+khẩu|\b(?:production|prod)\b",
        r"tóm\s+tắt|dịch|trích\s+xuất|phân\s+loại|viết\s+(?:code|mã|script|hàm)",
    ),
    _ml_rule(
        "ml_destructive", "delete_data", "xóa xoá",
        r"xóa|xoá",
        r"dữ\s+liệu|bảng|cơ\s+sở\s+dữ\s+liệu|hồ\s+sơ|khách\s+hàng|người\s+dùng|toàn\s+bộ|bản\s+sao"
        r"\s+lưu|\b(?:production|prod)\b",
        r"tóm\s+tắt|dịch|trích\s+xuất|phân\s+loại|viết\s+(?:code|mã|script|hàm)|thử\s+nghiệm|staging",
    ),
    _ml_rule(
        "ml_money", "payment", "chuyển hoàn thanh",
        r"chuyển\s+(?:tiền|khoản)|hoàn\s+tiền|thanh\s+toán",
        r"\d|tiền|vnd|đồng|usd|lương|nhà\s+cung\s+cấp|khách\s+hàng",
        r"tóm\s+tắt|dịch|trích\s+xuất|phân\s+loại|viết\s+(?:code|mã|script|hàm)|hóa\s+đơn\s+này",
    ),
    # Arabic: move money, remove data, act on the live system, grant access (unless reading,
    # summarizing, translating, extracting or writing code about it)
    _ml_rule(
        "ml_money", "payment", "حو تحويل ادفع أرسل استرد أعد صرف",
        r"حوّ?ل|تحويل|ادفع|أرسل|استرد(?!اد)|أعد\s+(?:المبلغ|الأموال)|اصرف|صرف",
        r"دولار|ريال|درهم|جنيه|دينار|يورو|مبلغ|رواتب|راتب|الأموال|دفعة|[$€£]|\d[\d,.]*\s*(?:usd|sar|aed)",
        r"لخ|ترجم|استخرج|صن[ّ]?ف|اكتب\s+(?:كود|سكربت|دالة|برنامج)",
    ),
    _ml_rule(
        "ml_destructive", "delete_data", "احذف امسح أفرغ حذف مسح",
        r"احذف|امسح|أفرغ|قم\s+بحذف|قم\s+بمسح",
        r"قاعدة\s+البيانات|الجدول|البيانات|السجلات|العملاء|المستخدمين|الإنتاج|النسخ\s+الاحتياطية",
        r"لخ|ترجم|استخرج|صن[ّ]?ف|اكتب\s+(?:كود|سكربت|دالة|برنامج)",
    ),
    _ml_rule(
        "ml_live_operation", "incident", "انشر نفذ نفّذ شغل شغّل أعد تراجع أوقف امنح فعل فعّل",
        r"انشر|نف[ّ]?ذ|شغ[ّ]?ل|أعد\s+تشغيل|تراجع|أوقف|امنح|فع[ّ]?ل",
        r"الإنتاج|المباشر|بيئة\s+الإنتاج|الخوادم\s+الحية|صلاحيات\s+(?:المدير|المسؤول)|\b(?:production"
        r"|prod|live)\b",
        r"لخ|ترجم|استخرج|صن[ّ]?ف|اكتب\s+(?:كود|سكربت|دالة|برنامج)",
    ),
    # Urdu: end, give or reset access or a password, or send a password on ("... رسائی ابھی ختم
    # کر دیں اور نیا پاس ورڈ مجھے واٹس ایپ پر بھیج دیں", end the access now and send me the
    # new password on WhatsApp), unless summarising, translating or explaining it
    _ml_rule(
        "ml_credentials_ur", "credentials", "رسائی پاس لاگ",
        r"ختم\s+کر|بند\s+کر|منسوخ\s+کر|دے\s+د|ری\s?سیٹ|تبدیل\s+کر|بھیج",
        r"رسائی|پاس\s?ورڈ|لاگ\s?ان|اکاؤنٹ",
        r"خلاصہ|ترجمہ|وضاحت|سمجھا|لکھ\s+(?:کوڈ|سکرپٹ)|\b(?:summari[sz]e|translate|explain)\b",
    ),
)  # fmt: skip
