// Step 1: the text layer — tokens with offsets and sentences over them.
import { splitSentences, type Sentence } from "../text/sentences.js";
import { tokenize, type Token } from "../text/tokens.js";

export interface TextLayer {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

export function readText(text: string): TextLayer {
  const tokens = tokenize(text);
  return { text, tokens, sentences: splitSentences(text, tokens) };
}
