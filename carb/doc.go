// Package carb scores open information extraction output against the CaRB
// benchmark (Bhardwaj, Aggarwal and Mausam, EMNLP 2019) exactly as CaRB's
// official scorer does with its default matcher.
//
// Gold files have one extraction per line, tab-separated:
//
//	sentence \t relation \t arg1 \t arg2 \t ...
//
// and system output is in CaRB's "tabbed" form, with a confidence after the
// sentence (higher is surer):
//
//	sentence \t confidence \t relation \t arg1 \t arg2 \t ...
//
// [ReadGold] and [ReadPredictions] read those files, [Score] computes the
// precision/recall curve, the best F1 on it and the area under it, and
// [Explain] lists, sentence by sentence, the gold facts no prediction
// touched and the predictions that matched nothing.
//
// # Scoring
//
// Score follows the official scorer step by step:
//
//   - Sentences are matched by a key: spaces removed, the Penn Treebank
//     bracket escapes (-LRB-, -RRB-, -LSB-, -RSB-, -LCB-, -RCB-) undone, and
//     ASCII punctuation removed. Only gold sentences are scored; the
//     confidences of predictions on other sentences still count as
//     thresholds. As in the official scorer, when two different sentence
//     texts share a key, only the extractions of the text that first
//     appears last are kept.
//   - An extraction is reduced to three slots: the relation, arg1, and args
//     2..N joined. Gold arguments that contain "C: " are context and are
//     dropped; "T: " and "L: " prefixes stay as tokens.
//   - A prediction is scored against a gold extraction slot by slot on
//     whitespace-separated, case-sensitive tokens counted as multisets. An
//     unmatched predicted "be" matches any form of "be" in the gold
//     relation. A relation with no common token scores (0, 0), as does a
//     prediction lacking one of the gold's argument slots. When the gold
//     relation contains "said", "told", "added", "adds" or "says", the
//     prediction is also scored with its two argument slots swapped, and the
//     better (precision first, then recall) is kept.
//   - Every distinct confidence is a threshold. At each, recall counts for
//     each gold extraction its best recall over the predictions kept
//     (many-to-one); precision counts a greedy one-to-one matching of gold
//     extractions and predictions by precision.
//   - The best F1 is the first maximum in ascending threshold order, and the
//     AUC is the trapezoid area under the (recall, precision) points with
//     (0, 1) appended. [Result.Round] rounds to three decimals as CaRB
//     reports them.
//
// Where the official scorer would crash or print NaN (no prediction at all,
// a threshold where precision and recall are both 0), Score returns zeros
// instead; see [Score].
package carb
