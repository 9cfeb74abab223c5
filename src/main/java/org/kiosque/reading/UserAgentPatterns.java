package org.kiosque.reading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;

/**
 * A list of User-Agent regular expressions matched as fast as one lookup: one regular
 * expression made of 1 500 alternatives takes most of a millisecond per header in Java,
 * so each pattern is reduced to a literal it cannot match without (its longest run of
 * plain characters), all literals are searched in one pass (Aho-Corasick), and only the
 * patterns whose literal occurs are tried. The few patterns without such a literal are
 * always tried, as one regular expression. A keyed pattern is compiled the first time its
 * literal occurs: most never do, and all 1 500 compiled held a megabyte of heap. The
 * sources are therefore trusted to be valid expressions (the shipped list is tested;
 * {@link ReadSettings} checks an operator's own at start).
 */
final class UserAgentPatterns {

	private static final int SHORTEST_KEY = 3;

	private final List<String> sources;

	/** Each keyed source's pattern once compiled, else null; a race compiles it twice. */
	private final AtomicReferenceArray<Pattern> compiled;

	private final Keywords keywords;

	private final @org.jspecify.annotations.Nullable Pattern unkeyed;

	UserAgentPatterns(List<String> sources) {
		this.sources = List.copyOf(sources);
		this.compiled = new AtomicReferenceArray<>(sources.size());
		List<String> unkeyedSources = new ArrayList<>();
		Keywords.Builder builder = new Keywords.Builder();
		for (int i = 0; i < sources.size(); i++) {
			String source = sources.get(i);
			List<String> keys = requiredLiterals(source);
			if (keys == null) {
				unkeyedSources.add("(?:" + source + ")");
			}
			else {
				for (String key : keys) {
					builder.add(key, i);
				}
			}
		}
		this.keywords = builder.build();
		this.unkeyed = unkeyedSources.isEmpty() ? null : Pattern.compile(String.join("|", unkeyedSources));
	}

	int size() {
		return sources.size();
	}

	boolean matches(CharSequence text) {
		if (unkeyed != null && unkeyed.matcher(text).find()) {
			return true;
		}
		BitSet candidates = keywords.find(text);
		for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
			if (pattern(i).matcher(text).find()) {
				return true;
			}
		}
		return false;
	}

	private Pattern pattern(int index) {
		Pattern pattern = compiled.get(index);
		if (pattern == null) {
			pattern = Pattern.compile(sources.get(index));
			compiled.set(index, pattern);
		}
		return pattern;
	}

	/**
	 * One literal per top-level alternative that any match must contain, or null when
	 * some alternative has none long enough to be worth a key.
	 */
	static @org.jspecify.annotations.Nullable List<String> requiredLiterals(String source) {
		if (source.contains("(?")) {
			return null; // inline flags may change case rules; such a pattern is always
							// tried
		}
		List<String> keys = new ArrayList<>();
		for (String alternative : topLevelAlternatives(source)) {
			String key = longestLiteral(alternative);
			if (key == null || key.length() < SHORTEST_KEY) {
				return null;
			}
			keys.add(key);
		}
		return keys;
	}

	private static List<String> topLevelAlternatives(String source) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean inClass = false;
		int start = 0;
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				parts.add(source.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(source.substring(start));
		return parts;
	}

	/**
	 * The longest run of characters the alternative matches literally, outside groups and
	 * classes.
	 */
	private static @org.jspecify.annotations.Nullable String longestLiteral(String alternative) {
		String best = "";
		StringBuilder run = new StringBuilder();
		int i = 0;
		int n = alternative.length();
		while (i < n) {
			char c = alternative.charAt(i);
			int next = i + 1;
			Character literal = null;
			if (c == '\\') {
				if (next >= n) {
					return null;
				}
				char e = alternative.charAt(next);
				next++;
				if (!Character.isLetterOrDigit(e)) {
					literal = e;
				}
			}
			else if (c == '[') {
				next = skipClass(alternative, i);
			}
			else if (c == '(') {
				next = skipGroup(alternative, i);
				if (next < 0) {
					return null;
				}
			}
			else if (".^$|".indexOf(c) < 0 && "?*+{".indexOf(c) < 0) {
				literal = c;
			}
			else if ("?*+{".indexOf(c) >= 0) {
				return null; // a quantifier where no atom precedes it: leave the pattern
								// to the regex
			}
			// A quantifier after the atom decides whether the atom is required.
			int quantifierEnd = next;
			boolean optional = false;
			if (next < n) {
				char q = alternative.charAt(next);
				if (q == '?' || q == '*') {
					optional = true;
					quantifierEnd = next + 1;
				}
				else if (q == '+') {
					quantifierEnd = next + 1;
					optional = false;
				}
				else if (q == '{') {
					int close = alternative.indexOf('}', next);
					if (close < 0) {
						return null;
					}
					optional = true; // {0,n} and friends: treat every counted repeat as
										// optional
					quantifierEnd = close + 1;
				}
				if (quantifierEnd < n
						&& (alternative.charAt(quantifierEnd) == '?' || alternative.charAt(quantifierEnd) == '+')
						&& quantifierEnd != next) {
					quantifierEnd++; // lazy or possessive
				}
			}
			boolean quantified = quantifierEnd != next;
			if (literal != null && !optional) {
				run.append(literal);
			}
			if (literal == null || quantified) {
				if (run.length() > best.length()) {
					best = run.toString();
				}
				run.setLength(0);
			}
			i = quantifierEnd;
		}
		if (run.length() > best.length()) {
			best = run.toString();
		}
		return best;
	}

	private static int skipClass(String s, int open) {
		int i = open + 1;
		if (i < s.length() && s.charAt(i) == '^') {
			i++;
		}
		if (i < s.length() && s.charAt(i) == ']') {
			i++;
		}
		while (i < s.length() && s.charAt(i) != ']') {
			if (s.charAt(i) == '\\') {
				i++;
			}
			i++;
		}
		return i + 1;
	}

	private static int skipGroup(String s, int open) {
		int depth = 0;
		boolean inClass = false;
		for (int i = open; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i + 1;
			}
		}
		return -1;
	}

	/**
	 * Aho-Corasick over the literal keys: one pass over the text finds every key in it.
	 * Transitions live in one open-addressing table keyed by (state, char), so a step is
	 * a multiply, a mask and usually one probe, without boxing.
	 */
	static final class Keywords {

		private static final long EMPTY = -1L;

		private final long[] edgeKeys;

		private final int[] edgeTargets;

		private final int mask;

		private final int[] fail;

		private final int[][] outputs;

		private final int patternCount;

		private Keywords(long[] edgeKeys, int[] edgeTargets, int[] fail, int[][] outputs, int patternCount) {
			this.edgeKeys = edgeKeys;
			this.edgeTargets = edgeTargets;
			this.mask = edgeKeys.length - 1;
			this.fail = fail;
			this.outputs = outputs;
			this.patternCount = patternCount;
		}

		BitSet find(CharSequence text) {
			BitSet found = new BitSet(patternCount);
			int state = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				int to = step(state, c);
				while (to < 0 && state != 0) {
					state = fail[state];
					to = step(state, c);
				}
				state = to < 0 ? 0 : to;
				for (int p : outputs[state]) {
					found.set(p);
				}
			}
			return found;
		}

		private int step(int state, char c) {
			long key = edge(state, c);
			int slot = slot(key, mask);
			while (true) {
				long k = edgeKeys[slot];
				if (k == key) {
					return edgeTargets[slot];
				}
				if (k == EMPTY) {
					return -1;
				}
				slot = (slot + 1) & mask;
			}
		}

		private static long edge(int state, char c) {
			return ((long) state << 16) | c;
		}

		private static int slot(long key, int mask) {
			long h = key * 0x9E3779B97F4A7C15L;
			return (int) (h ^ (h >>> 32)) & mask;
		}

		static final class Builder {

			private final List<Map<Character, Integer>> next = new ArrayList<>();

			private final List<List<Integer>> outputs = new ArrayList<>();

			private int patternCount;

			Builder() {
				next.add(new HashMap<>());
				outputs.add(new ArrayList<>());
			}

			void add(String key, int pattern) {
				int state = 0;
				for (int i = 0; i < key.length(); i++) {
					char c = key.charAt(i);
					Integer to = next.get(state).get(c);
					if (to == null) {
						to = next.size();
						next.add(new HashMap<>());
						outputs.add(new ArrayList<>());
						next.get(state).put(c, to);
					}
					state = to;
				}
				outputs.get(state).add(pattern);
				patternCount = Math.max(patternCount, pattern + 1);
			}

			Keywords build() {
				int size = next.size();
				int[] fail = new int[size];
				ArrayDeque<Integer> queue = new ArrayDeque<>(next.get(0).values());
				while (!queue.isEmpty()) {
					int state = queue.poll();
					for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
						int child = edge.getValue();
						int f = fail[state];
						Integer to = next.get(f).get(edge.getKey());
						while (to == null && f != 0) {
							f = fail[f];
							to = next.get(f).get(edge.getKey());
						}
						fail[child] = to == null || to == child ? 0 : to;
						outputs.get(child).addAll(outputs.get(fail[child]));
						queue.add(child);
					}
				}
				int edges = next.stream().mapToInt(Map::size).sum();
				int capacity = Integer.highestOneBit(Math.max(16, edges * 3)) << 1;
				long[] keys = new long[capacity];
				java.util.Arrays.fill(keys, EMPTY);
				int[] targets = new int[capacity];
				for (int state = 0; state < size; state++) {
					for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
						long key = edge(state, edge.getKey());
						int slot = slot(key, capacity - 1);
						while (keys[slot] != EMPTY) {
							slot = (slot + 1) & (capacity - 1);
						}
						keys[slot] = key;
						targets[slot] = edge.getValue();
					}
				}
				int[][] out = new int[size][];
				for (int s = 0; s < size; s++) {
					out[s] = outputs.get(s).stream().mapToInt(Integer::intValue).distinct().toArray();
				}
				return new Keywords(keys, targets, fail, out, patternCount);
			}

		}

	}

}
