"""PaddleX's and PaddleOCR's official models, named as the libraries name them.

`model_name: PP-OCRv5_server_det` in a PaddleX pipeline's YAML, and
`PaddleOCR(text_recognition_model_name="en_PP-OCRv5_mobile_rec")`: PaddleX (which PaddleOCR 3
runs on) downloads each of these from the Hub's `PaddlePaddle/<name>` repository by default
(`PADDLE_PDX_MODEL_SOURCE` is `huggingface`). Its other names come from Baidu's own hosts.
"""

from __future__ import annotations

import re

from weightgate.scan.found import Found

#: The models PaddleX 3.7's Hugging Face hoster serves (`paddlex/inference/utils/
#: official_models.py`, `OCR_MODELS`), each as `PaddlePaddle/<name>`.
HUB_MODELS = frozenset(
    {
        "arabic_PP-OCRv3_mobile_rec",
        "arabic_PP-OCRv5_mobile_rec",
        "ch_RepSVTR_rec",
        "ch_SVTRv2_rec",
        "chinese_cht_PP-OCRv3_mobile_rec",
        "cyrillic_PP-OCRv3_mobile_rec",
        "cyrillic_PP-OCRv5_mobile_rec",
        "devanagari_PP-OCRv3_mobile_rec",
        "devanagari_PP-OCRv5_mobile_rec",
        "el_PP-OCRv5_mobile_rec",
        "en_PP-OCRv3_mobile_rec",
        "en_PP-OCRv4_mobile_rec",
        "en_PP-OCRv5_mobile_rec",
        "eslav_PP-OCRv5_mobile_rec",
        "japan_PP-OCRv3_mobile_rec",
        "ka_PP-OCRv3_mobile_rec",
        "korean_PP-OCRv3_mobile_rec",
        "korean_PP-OCRv5_mobile_rec",
        "LaTeX_OCR_rec",
        "latin_PP-OCRv3_mobile_rec",
        "latin_PP-OCRv5_mobile_rec",
        "PaddleOCR-VL",
        "PaddleOCR-VL-1.5",
        "PaddleOCR-VL-1.6",
        "PicoDet-L_layout_17cls",
        "PicoDet-L_layout_3cls",
        "PicoDet-S_layout_17cls",
        "PicoDet-S_layout_3cls",
        "PicoDet_layout_1x",
        "PicoDet_layout_1x_table",
        "PP-Chart2Table",
        "PP-DocBee-2B",
        "PP-DocBee-7B",
        "PP-DocBee2-3B",
        "PP-DocBlockLayout",
        "PP-DocLayout-L",
        "PP-DocLayout-M",
        "PP-DocLayout-S",
        "PP-DocLayout_plus-L",
        "PP-DocLayoutV2",
        "PP-DocLayoutV3",
        "PP-FormulaNet-L",
        "PP-FormulaNet-S",
        "PP-FormulaNet_plus-L",
        "PP-FormulaNet_plus-M",
        "PP-FormulaNet_plus-S",
        "PP-LCNet_x0_25_textline_ori",
        "PP-LCNet_x1_0_doc_ori",
        "PP-LCNet_x1_0_table_cls",
        "PP-LCNet_x1_0_textline_ori",
        "PP-OCRv3_mobile_det",
        "PP-OCRv3_mobile_rec",
        "PP-OCRv3_server_det",
        "PP-OCRv4_mobile_det",
        "PP-OCRv4_mobile_rec",
        "PP-OCRv4_mobile_seal_det",
        "PP-OCRv4_server_det",
        "PP-OCRv4_server_rec",
        "PP-OCRv4_server_rec_doc",
        "PP-OCRv4_server_seal_det",
        "PP-OCRv5_mobile_det",
        "PP-OCRv5_mobile_rec",
        "PP-OCRv5_server_det",
        "PP-OCRv5_server_rec",
        "PP-OCRv6_medium_det",
        "PP-OCRv6_medium_rec",
        "PP-OCRv6_small_det",
        "PP-OCRv6_small_rec",
        "PP-OCRv6_tiny_det",
        "PP-OCRv6_tiny_rec",
        "RT-DETR-H_layout_17cls",
        "RT-DETR-H_layout_3cls",
        "RT-DETR-L_wired_table_cell_det",
        "RT-DETR-L_wireless_table_cell_det",
        "SLANet",
        "SLANet_plus",
        "SLANeXt_wired",
        "SLANeXt_wireless",
        "ta_PP-OCRv3_mobile_rec",
        "ta_PP-OCRv5_mobile_rec",
        "te_PP-OCRv3_mobile_rec",
        "te_PP-OCRv5_mobile_rec",
        "th_PP-OCRv5_mobile_rec",
        "UniMERNet",
        "UVDoc",
    }
)
#: A substring one of the names holds, tested before any pattern runs.
_GATES = (
    "PP-",
    "SVTR",
    "LaTeX_OCR",
    "PaddleOCR-VL",
    "PicoDet",
    "RT-DETR",
    "SLANe",
    "UniMER",
    "UVDoc",
)
_GATE = re.compile("|".join(map(re.escape, _GATES)))
#: A name given to a key or argument named for a model (`model_name: UVDoc`,
#: `text_detection_model_name="PP-OCRv5_server_det"`), or quoted whole (`"PP-OCRv5_server_rec"`).
_GIVEN = re.compile(
    r"""(?:model\w*["']?[ \t]*[:=][ \t]*["']?|(?P<q>["']))(?P<v>[A-Za-z][\w.-]*)(?(q)(?P=q))"""
)


#: The files PaddleX's users write: Python, notebooks, docs and scripts that name Paddle, and
#: pipeline YAML (not a JavaScript port's presets, whose weights the caller supplies).
_PADDLE_FILES = (".py", ".ipynb", ".md", ".rst", ".sh")
_PIPELINE_FILES = (".yaml", ".yml")


def add_paddle_models(found: Found, source: str) -> None:
    """Each official PaddleX model the text names in a model's place (a model key's value; a
    whole quoted string in a file about Paddle), as its Hub repository. One substring test
    rules out almost every file: this runs on all of them."""
    path = found.path
    if path.endswith(_PIPELINE_FILES):  # `model_name: PP-OCRv5_server_det`
        keyed = "model_name" in source
        about = keyed and "addle" in source
    elif path.endswith(_PADDLE_FILES):  # `from paddleocr import PaddleOCR`
        keyed = about = "addle" in source
    else:
        return
    if not keyed or _GATE.search(source) is None:
        return
    gate = _GATE.search
    for number, line in enumerate(source.split("\n"), 1):
        if gate(line) is None:
            continue
        for match in _GIVEN.finditer(line):
            name = match.group("v")
            if name in HUB_MODELS and (about or match.group("q") is None):
                at = match.start("v") + 1
                found.add(number, at, f"PaddlePaddle/{name}", confidence="medium")
