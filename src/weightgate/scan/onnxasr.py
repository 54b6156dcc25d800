"""onnx-asr's own names for the NeMo models it downloads from the Hub.

`onnx_asr.load_model("nemo-parakeet-tdt-0.6b-v3")` fetches `istupakov/parakeet-tdt-0.6b-v3-onnx`
(`onnx_asr/loader.py`, 0.10). These names are onnx-asr's alone, so one written as a whole
word (quoted, in a config, in prose) is that repository, in any kind of file; sherpa-onnx's
longer directory names that hold them (`sherpa-onnx-nemo-parakeet-tdt-0.6b-v3-int8`) are not.
"""

from __future__ import annotations

import re

from weightgate.scan.found import Found

#: onnx-asr's NeMo names and the Hub repositories it downloads them from.
HUB_MODELS = {
    "nemo-fastconformer-ru-ctc": "istupakov/stt_ru_fastconformer_hybrid_large_pc_onnx",
    "nemo-fastconformer-ru-rnnt": "istupakov/stt_ru_fastconformer_hybrid_large_pc_onnx",
    "nemo-parakeet-ctc-0.6b": "istupakov/parakeet-ctc-0.6b-onnx",
    "nemo-parakeet-rnnt-0.6b": "istupakov/parakeet-rnnt-0.6b-onnx",
    "nemo-parakeet-tdt-0.6b-v2": "istupakov/parakeet-tdt-0.6b-v2-onnx",
    "nemo-parakeet-tdt-0.6b-v3": "istupakov/parakeet-tdt-0.6b-v3-onnx",
    "nemo-canary-1b-v2": "istupakov/canary-1b-v2-onnx",
}
#: A name as a word of its own: not inside a longer name, a path or a file name.
_NAME = re.compile(
    r"(?<![\w./:@-])("
    + "|".join(re.escape(name) for name in sorted(HUB_MODELS, key=len, reverse=True))
    + r")(?![\w/-]|\.\w)"
)


def add_onnx_asr_models(found: Found, source: str) -> None:
    """Each onnx-asr NeMo name the text writes as a word of its own, as its Hub repository. One
    substring test rules out almost every file: this runs on all of them."""
    if "nemo-" not in source:
        return
    for number, line in enumerate(source.split("\n"), 1):
        if "nemo-" not in line:
            continue
        for match in _NAME.finditer(line):
            found.add(number, match.start(1) + 1, HUB_MODELS[match.group(1)], confidence="medium")
