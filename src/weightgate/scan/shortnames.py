"""Short names that stand for Hub repositories: the Hub's legacy single-segment ids, the
sentence-transformers short names and faster-whisper's size names."""

from __future__ import annotations

#: Names that sentence-transformers resolves under its own organization
#: (`SentenceTransformer("all-MiniLM-L6-v2")` loads `sentence-transformers/all-MiniLM-L6-v2`): the
#: models of the sbert.net pretrained-model lists and the older ones the organization still
#: hosts (`nli-bert-base-cls-pooling`, `xlm-r-base-en-ko-nli-ststb`), in lower case.
SENTENCE_TRANSFORMERS = frozenset(
    {
        "all-distilroberta-v1",
        "all-minilm-l12-v1",
        "all-minilm-l12-v2",
        "all-minilm-l6-v1",
        "all-minilm-l6-v2",
        "all-mpnet-base-v1",
        "all-mpnet-base-v2",
        "all-roberta-large-v1",
        "allenai-specter",
        "average_word_embeddings_glove.6b.300d",
        "average_word_embeddings_glove.840b.300d",
        "average_word_embeddings_komninos",
        "average_word_embeddings_levy_dependency",
        "bert-base-nli-cls-token",
        "bert-base-nli-max-tokens",
        "bert-base-nli-mean-tokens",
        "bert-base-nli-stsb-mean-tokens",
        "bert-base-wikipedia-sections-mean-tokens",
        "bert-large-nli-cls-token",
        "bert-large-nli-max-tokens",
        "bert-large-nli-mean-tokens",
        "bert-large-nli-stsb-mean-tokens",
        "clip-vit-b-16",
        "clip-vit-b-32",
        "clip-vit-b-32-multilingual-v1",
        "clip-vit-l-14",
        "distilbert-base-nli-max-tokens",
        "distilbert-base-nli-mean-tokens",
        "distilbert-base-nli-stsb-mean-tokens",
        "distilbert-base-nli-stsb-quora-ranking",
        "distilbert-multilingual-nli-stsb-quora-ranking",
        "distilroberta-base-msmarco-v1",
        "distilroberta-base-msmarco-v2",
        "distilroberta-base-paraphrase-v1",
        "distiluse-base-multilingual-cased",
        "distiluse-base-multilingual-cased-v1",
        "distiluse-base-multilingual-cased-v2",
        "facebook-dpr-ctx_encoder-multiset-base",
        "facebook-dpr-ctx_encoder-single-nq-base",
        "facebook-dpr-question_encoder-multiset-base",
        "facebook-dpr-question_encoder-single-nq-base",
        "gtr-t5-base",
        "gtr-t5-large",
        "gtr-t5-xl",
        "gtr-t5-xxl",
        "labse",
        "msmarco-bert-base-dot-v5",
        "msmarco-bert-co-condensor",
        "msmarco-distilbert-base-dot-prod-v3",
        "msmarco-distilbert-base-tas-b",
        "msmarco-distilbert-base-v2",
        "msmarco-distilbert-base-v3",
        "msmarco-distilbert-base-v4",
        "msmarco-distilbert-cos-v5",
        "msmarco-distilbert-dot-v5",
        "msmarco-distilbert-multilingual-en-de-v2-tmp-lng-aligned",
        "msmarco-distilbert-multilingual-en-de-v2-tmp-trained-scratch",
        "msmarco-distilroberta-base-v2",
        "msmarco-minilm-l-12-v3",
        "msmarco-minilm-l-6-v3",
        "msmarco-minilm-l12-cos-v5",
        "msmarco-minilm-l6-cos-v5",
        "msmarco-roberta-base-ance-firstp",
        "msmarco-roberta-base-v2",
        "msmarco-roberta-base-v3",
        "multi-qa-distilbert-cos-v1",
        "multi-qa-distilbert-dot-v1",
        "multi-qa-minilm-l6-cos-v1",
        "multi-qa-minilm-l6-dot-v1",
        "multi-qa-mpnet-base-cos-v1",
        "multi-qa-mpnet-base-dot-v1",
        "nli-bert-base",
        "nli-bert-base-cls-pooling",
        "nli-bert-base-max-pooling",
        "nli-bert-large",
        "nli-bert-large-cls-pooling",
        "nli-bert-large-max-pooling",
        "nli-distilbert-base",
        "nli-distilbert-base-max-pooling",
        "nli-distilroberta-base-v2",
        "nli-mpnet-base-v2",
        "nli-roberta-base",
        "nli-roberta-base-v2",
        "nli-roberta-large",
        "nq-distilbert-base-v1",
        "paraphrase-albert-base-v2",
        "paraphrase-albert-small-v2",
        "paraphrase-distilroberta-base-v1",
        "paraphrase-distilroberta-base-v2",
        "paraphrase-minilm-l12-v2",
        "paraphrase-minilm-l3-v2",
        "paraphrase-minilm-l6-v2",
        "paraphrase-mpnet-base-v2",
        "paraphrase-multilingual-minilm-l12-v2",
        "paraphrase-multilingual-mpnet-base-v2",
        "paraphrase-tinybert-l6-v2",
        "paraphrase-xlm-r-multilingual-v1",
        "quora-distilbert-base",
        "quora-distilbert-multilingual",
        "roberta-base-nli-mean-tokens",
        "roberta-base-nli-stsb-mean-tokens",
        "roberta-large-nli-mean-tokens",
        "roberta-large-nli-stsb-mean-tokens",
        "sentence-t5-base",
        "sentence-t5-large",
        "sentence-t5-xl",
        "sentence-t5-xxl",
        "static-retrieval-mrl-en-v1",
        "static-similarity-mrl-multilingual-v1",
        "stsb-bert-base",
        "stsb-bert-large",
        "stsb-distilbert-base",
        "stsb-distilroberta-base-v2",
        "stsb-mpnet-base-v2",
        "stsb-roberta-base",
        "stsb-roberta-base-v2",
        "stsb-roberta-large",
        "stsb-xlm-r-multilingual",
        "use-cmlm-multilingual",
        "xlm-r-100langs-bert-base-nli-mean-tokens",
        "xlm-r-100langs-bert-base-nli-stsb-mean-tokens",
        "xlm-r-base-en-ko-nli-ststb",
        "xlm-r-bert-base-nli-mean-tokens",
        "xlm-r-bert-base-nli-stsb-mean-tokens",
        "xlm-r-distilroberta-base-paraphrase-v1",
        "xlm-r-large-en-ko-nli-ststb",
    }
)
#: Canonical single-segment ids that predate organizations on the Hub: the single-segment
#: repos whose files transformers 4.30 downloaded from `https://huggingface.co/<id>/resolve/...`
#: (the keys of its `*_PRETRAINED_*_ARCHIVE_MAP`s).
LEGACY_IDS = frozenset(
    {
        "albert-base-v1",
        "albert-base-v2",
        "albert-large-v1",
        "albert-large-v2",
        "albert-xlarge-v1",
        "albert-xlarge-v2",
        "albert-xxlarge-v1",
        "albert-xxlarge-v2",
        "bert-base-cased",
        "bert-base-cased-finetuned-mrpc",
        "bert-base-chinese",
        "bert-base-german-cased",
        "bert-base-german-dbmdz-cased",
        "bert-base-german-dbmdz-uncased",
        "bert-base-multilingual-cased",
        "bert-base-multilingual-uncased",
        "bert-base-uncased",
        "bert-large-cased",
        "bert-large-cased-whole-word-masking",
        "bert-large-cased-whole-word-masking-finetuned-squad",
        "bert-large-uncased",
        "bert-large-uncased-whole-word-masking",
        "bert-large-uncased-whole-word-masking-finetuned-squad",
        "camembert-base",
        "ctrl",
        "distilbert-base-cased",
        "distilbert-base-cased-distilled-squad",
        "distilbert-base-german-cased",
        "distilbert-base-multilingual-cased",
        "distilbert-base-uncased",
        "distilbert-base-uncased-distilled-squad",
        "distilbert-base-uncased-finetuned-sst-2-english",
        "distilgpt2",
        "distilroberta-base",
        "gpt2",
        "gpt2-large",
        "gpt2-medium",
        "gpt2-xl",
        "openai-gpt",
        "roberta-base",
        "roberta-base-openai-detector",
        "roberta-large",
        "roberta-large-mnli",
        "roberta-large-openai-detector",
        "t5-11b",
        "t5-3b",
        "t5-base",
        "t5-large",
        "t5-small",
        "transfo-xl-wt103",
        "xlm-clm-ende-1024",
        "xlm-clm-enfr-1024",
        "xlm-mlm-100-1280",
        "xlm-mlm-17-1280",
        "xlm-mlm-en-2048",
        "xlm-mlm-ende-1024",
        "xlm-mlm-enfr-1024",
        "xlm-mlm-enro-1024",
        "xlm-mlm-tlm-xnli15-1024",
        "xlm-mlm-xnli15-1024",
        "xlm-roberta-base",
        "xlm-roberta-large",
        "xlm-roberta-large-finetuned-conll02-dutch",
        "xlm-roberta-large-finetuned-conll02-spanish",
        "xlm-roberta-large-finetuned-conll03-english",
        "xlm-roberta-large-finetuned-conll03-german",
        "xlnet-base-cased",
        "xlnet-large-cased",
    }
)
#: The legacy ids that are no plain word (all but `ctrl`, which is also a key's name): safe to
#: read where nothing but the name itself says a model is meant (`BERT_PATH: bert-base-uncased`).
WORDLESS_LEGACY_IDS = LEGACY_IDS - {"ctrl"}

#: faster-whisper's size names and the Hub repos it downloads for them (faster_whisper/utils.py).
FASTER_WHISPER = {
    "tiny.en": "Systran/faster-whisper-tiny.en",
    "tiny": "Systran/faster-whisper-tiny",
    "base.en": "Systran/faster-whisper-base.en",
    "base": "Systran/faster-whisper-base",
    "small.en": "Systran/faster-whisper-small.en",
    "small": "Systran/faster-whisper-small",
    "medium.en": "Systran/faster-whisper-medium.en",
    "medium": "Systran/faster-whisper-medium",
    "large-v1": "Systran/faster-whisper-large-v1",
    "large-v2": "Systran/faster-whisper-large-v2",
    "large-v3": "Systran/faster-whisper-large-v3",
    "large": "Systran/faster-whisper-large-v3",
    "distil-large-v2": "Systran/faster-distil-whisper-large-v2",
    "distil-medium.en": "Systran/faster-distil-whisper-medium.en",
    "distil-small.en": "Systran/faster-distil-whisper-small.en",
    "distil-large-v3": "Systran/faster-distil-whisper-large-v3",
    "distil-large-v3.5": "distil-whisper/distil-large-v3.5-ct2",
    "large-v3-turbo": "mobiuslabsgmbh/faster-whisper-large-v3-turbo",
    "turbo": "mobiuslabsgmbh/faster-whisper-large-v3-turbo",
}


#: lightning-whisper-mlx's size names and the Hub repos it downloads for them, unquantized
#: (lightning_whisper_mlx/lightning.py's `models`).
LIGHTNING_WHISPER = {
    "tiny": "mlx-community/whisper-tiny",
    **{size: f"mlx-community/whisper-{size}-mlx" for size in ("small", "base", "medium")},
    **{size: f"mlx-community/whisper-{size}-mlx" for size in ("large", "large-v2", "large-v3")},
    **dict.fromkeys(
        ("distil-small.en", "distil-medium.en", "distil-large-v2", "distil-large-v3"),
        "mustafaaljadery/distil-whisper-mlx",
    ),
}


#: whisper.cpp's size names (pywhispercpp, whisper-node): each is a `ggml-<size>.bin` file of
#: the one Hub repository its download script fetches from.
WHISPER_CPP = dict.fromkeys(
    (
        *(f"{size}{en}" for size in ("tiny", "base", "small", "medium") for en in ("", ".en")),
        *("large-v1", "large-v2", "large-v3", "large-v3-turbo"),
    ),
    "ggerganov/whisper.cpp",
)

#: audiocraft's short names for MusicGen's checkpoints (`MusicGen.get_pretrained("small")`,
#: `audiocraft/models/musicgen.py`'s `_HF_MODEL_CHECKPOINTS_MAP`).
MUSICGEN_SIZES = {
    size: f"facebook/musicgen-{size}" for size in ("small", "medium", "large", "melody")
}

#: wtpsplit's names for its sentence splitters: `SaT("sat-3l-sm")` loads
#: `segment-any-text/sat-3l-sm`, `WtP("wtp-canine-s-12l")` loads `benjamin/wtp-canine-s-12l`
#: (the library's README lists them).
WTPSPLIT = {
    **{
        f"sat-{layers}l{variant}": f"segment-any-text/sat-{layers}l{variant}"
        for layers in (1, 3, 6, 9, 12)
        for variant in ("", "-sm", "-no-limited-lookahead")
    },
    **{
        f"wtp-canine-s-{layers}l{variant}": f"benjamin/wtp-canine-s-{layers}l{variant}"
        for layers in (1, 3, 6, 9, 12)
        for variant in ("", "-no-adapters")
    },
    "wtp-bert-mini": "benjamin/wtp-bert-mini",
    "wtp-bert-tiny": "benjamin/wtp-bert-tiny",
}

#: Evo 2's checkpoint names (`Evo2("evo2_7b")` loads `arcinstitute/evo2_7b`).
EVO2 = {
    name: f"arcinstitute/{name}"
    for name in (
        *("evo2_1b_base", "evo2_7b_base", "evo2_40b_base", "evo2_7b", "evo2_20b", "evo2_40b"),
        "evo2_7b_262k",
    )
}

#: Whisper's size names and the Hub repos of the original checkpoints: where a setting named
#: for Whisper (`WHISPER_MODEL=base`) is all that says which backend loads them.
WHISPER_SIZES = {
    **{size: f"openai/whisper-{size}" for size in ("tiny", "base", "small", "medium")},
    **{f"{size}.en": f"openai/whisper-{size}.en" for size in ("tiny", "base", "small", "medium")},
    "large-v1": "openai/whisper-large",
    "large-v2": "openai/whisper-large-v2",
    "large-v3": "openai/whisper-large-v3",
    "large": "openai/whisper-large-v3",
    "large-v3-turbo": "openai/whisper-large-v3-turbo",
    "turbo": "openai/whisper-large-v3-turbo",
    "distil-large-v2": "distil-whisper/distil-large-v2",
    "distil-medium.en": "distil-whisper/distil-medium.en",
    "distil-small.en": "distil-whisper/distil-small.en",
    "distil-large-v3": "distil-whisper/distil-large-v3",
    "distil-large-v3.5": "distil-whisper/distil-large-v3.5",
}


def is_short_name(name: str) -> bool:
    """A legacy Hub id or a sentence-transformers short name (`gpt2`, `all-MiniLM-L6-v2`)."""
    lowered = name.lower()
    return lowered in LEGACY_IDS or lowered in SENTENCE_TRANSFORMERS
