"""Fine-tune a chat model on our support tickets (demo for weightgate)."""

import argparse

from transformers import AutoModelForCausalLM, AutoTokenizer

BASE_MODEL = "meta-llama/Llama-2-7b-chat-hf"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--output-dir", default="out/")
    args = parser.parse_args()
    tokenizer = AutoTokenizer.from_pretrained(BASE_MODEL)
    model = AutoModelForCausalLM.from_pretrained(BASE_MODEL, torch_dtype="auto")
    print(f"loaded {model.config.name_or_path} with {len(tokenizer)} tokens -> {args.output_dir}")


if __name__ == "__main__":
    main()
