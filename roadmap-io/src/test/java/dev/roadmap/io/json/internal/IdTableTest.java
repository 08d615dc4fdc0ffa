package dev.roadmap.io.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roadmap.core.SkillId;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The id table against a {@link HashMap} from id text to entry, the definition it stands for. */
class IdTableTest {

    @Test
    void findsWhatAMapFindsOnRandomIds() {
        for (long seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            IdTable table = new IdTable();
            Map<String, Integer> map = new HashMap<>();
            Map<Integer, Integer> firstDefinition = new HashMap<>();
            int operations = 1 + random.nextInt(3_000);
            for (int n = 0; n < operations; n++) {
                String text = id(random);
                char[] padded = ("<>" + text + "#").toCharArray();
                int found = table.find(padded, 2, text.length());
                assertThat(found).as("find %s", text).isEqualTo(map.getOrDefault(text, -1));
                if (found < 0) {
                    found = table.add(SkillId.of(text));
                    assertThat(found).isEqualTo(map.size());
                    map.put(text, found);
                }
                assertThat(table.id(found).value()).isEqualTo(text);
                if (random.nextInt(3) == 0) {
                    int index = random.nextInt(1_000);
                    table.define(found, index);
                    firstDefinition.putIfAbsent(found, index);
                }
                assertThat(table.definedAt(found)).isEqualTo(firstDefinition.getOrDefault(found, -1));
            }
            assertThat(table.size()).isEqualTo(map.size());
            for (Map.Entry<String, Integer> e : map.entrySet()) {
                char[] chars = e.getKey().toCharArray();
                assertThat(table.find(chars, 0, chars.length)).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void packsOnlyShortLatinIdsAndTellsLengthsApart() {
        assertThat(IdTable.pack("s999999".toCharArray(), 0, 7)).isPositive();
        assertThat(IdTable.pack("s9999999".toCharArray(), 0, 8)).isEqualTo(-1);
        assertThat(IdTable.pack("caf\u00e9".toCharArray(), 0, 4)).isPositive();
        assertThat(IdTable.pack("\u0101".toCharArray(), 0, 1)).isEqualTo(-1);
        assertThat(IdTable.pack("a\u0000".toCharArray(), 0, 2)).isNotEqualTo(IdTable.pack("a".toCharArray(), 0, 1));
        assertThat(IdTable.pack("\u0001a".toCharArray(), 0, 2)).isNotEqualTo(IdTable.pack("a".toCharArray(), 0, 1));
    }

    @Test
    void unpacksWhatItPacked() {
        Random random = new Random(5);
        for (int n = 0; n < 2_000; n++) {
            String text = id(random);
            long packed = IdTable.pack(text.toCharArray(), 0, text.length());
            if (packed >= 0) {
                assertThat(IdTable.unpack(packed)).isEqualTo(text);
            }
        }
        assertThat(IdTable.unpack(IdTable.pack("\u00ff\u0001".toCharArray(), 0, 2))).isEqualTo("\u00ff\u0001");
    }

    @Test
    void pendingEntriesResolveAsLookingEachUpWhenRead() {
        Random random = new Random(37);
        for (int round = 0; round < 200; round++) {
            IdTable oneByOne = new IdTable();
            IdTable together = new IdTable();
            PendingIds pending = new PendingIds();
            java.util.List<Integer> kinds = new java.util.ArrayList<>();
            for (int list = 0; list < 30; list++) {
                int length = random.nextInt(12);
                for (int k = 0; k < length; k++) {
                    String text = random.nextInt(15) == 0 ? "bad id" : id(random);
                    char[] chars = text.toCharArray();
                    int expected = oneByOne.find(chars, 0, chars.length);
                    if (expected < 0 && SkillId.isValid(text)) {
                        expected = oneByOne.add(SkillId.of(text));
                    }
                    int kind = random.nextInt(3);
                    if (pending.offer(chars, 0, chars.length, kind)) {
                        kinds.add(kind);
                    } else {
                        // what the reader does with an entry not held: resolve those held, then this one
                        assertThat(IdTable.pack(chars, 0, chars.length) < 0 || !SkillId.isValid(text)).isTrue();
                        flushInto(pending, together, oneByOne, kinds);
                        int found = together.find(chars, 0, chars.length);
                        if (found < 0 && SkillId.isValid(text)) {
                            found = together.add(SkillId.of(text));
                        }
                        assertThat(found).isEqualTo(expected);
                    }
                }
                flushInto(pending, together, oneByOne, kinds);
            }
            assertThat(together.size()).isEqualTo(oneByOne.size());
            for (int e = 0; e < oneByOne.size(); e++) {
                assertThat(together.id(e)).isEqualTo(oneByOne.id(e));
            }
        }
    }

    /** Resolves the held entries and checks each against the one-by-one table's entry for its id. */
    private static void flushInto(PendingIds pending, IdTable together, IdTable oneByOne, java.util.List<Integer> kinds) {
        pending.resolve(together);
        for (int k = 0; k < pending.size(); k++) {
            String text = together.id(pending.entry(k)).value();
            assertThat(pending.entry(k)).isEqualTo(oneByOne.find(text.toCharArray(), 0, text.length()));
            assertThat(pending.kind(k)).isEqualTo(kinds.get(k));
        }
        assertThat(pending.size()).isEqualTo(kinds.size());
        kinds.clear();
        pending.clear();
    }

    @Test
    void missesTextsThatDifferOnlyInWhatAPackingCouldLose() {
        IdTable table = new IdTable();
        int a = table.add(SkillId.of("a"));
        int long1 = table.add(SkillId.of("abcdefghij"));
        int wide = table.add(SkillId.of("\u0101b"));
        assertThat(table.find("a\u0000".toCharArray(), 0, 2)).isEqualTo(-1);
        assertThat(table.find("a".toCharArray(), 0, 1)).isEqualTo(a);
        assertThat(table.find("abcdefghik".toCharArray(), 0, 10)).isEqualTo(-1);
        assertThat(table.find("abcdefghij".toCharArray(), 0, 10)).isEqualTo(long1);
        assertThat(table.find("\u0001b".toCharArray(), 0, 2)).isEqualTo(-1);
        assertThat(table.find("\u0101b".toCharArray(), 0, 2)).isEqualTo(wide);
    }

    @Test
    void tellsApartIdsWithTheSameHash() {
        IdTable table = new IdTable();
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat("AaAaAaAaAa".hashCode()).isEqualTo("BBBBBBBBBB".hashCode());
        int shortId = table.add(SkillId.of("Aa"));
        int longId = table.add(SkillId.of("AaAaAaAaAa"));
        assertThat(table.find("BB".toCharArray(), 0, 2)).isEqualTo(-1);
        assertThat(table.find("BBBBBBBBBB".toCharArray(), 0, 10)).isEqualTo(-1);
        int shortTwin = table.add(SkillId.of("BB"));
        int longTwin = table.add(SkillId.of("BBBBBBBBBB"));
        assertThat(table.find("Aa".toCharArray(), 0, 2)).isEqualTo(shortId);
        assertThat(table.find("BB".toCharArray(), 0, 2)).isEqualTo(shortTwin);
        assertThat(table.find("AaAaAaAaAa".toCharArray(), 0, 10)).isEqualTo(longId);
        assertThat(table.find("BBBBBBBBBB".toCharArray(), 0, 10)).isEqualTo(longTwin);
    }

    /** Short ids over few characters (many repeats and shared hashes), some long or beyond Latin-1. */
    private static String id(Random random) {
        int length = random.nextInt(10) == 0 ? 8 + random.nextInt(30) : 1 + random.nextInt(7);
        String alphabet = random.nextInt(8) == 0 ? "ab\u00e9\u0101\u4e2d" : "abcs0123456789-";
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = alphabet.charAt(random.nextInt(random.nextBoolean() ? 2 : alphabet.length()));
        }
        return new String(c);
    }
}
