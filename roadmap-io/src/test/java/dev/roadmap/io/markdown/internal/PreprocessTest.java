package dev.roadmap.io.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PreprocessTest {

    @Test
    void hidesFrontMatterHeadMdxLinesAndCommentsKeepingEveryPosition() {
        String text = "---\ntitle: \"Garden plan\"\ntags:\n  [a, b]\n---\n<head>\n  <meta x=\"1\" />\n</head>\n"
                + "import A from './a'; import B from './b';\nText <!-- hidden --> stays\n<!--\n| a | b |\n-->\nEnd\n";
        Preprocess.Prepared p = Preprocess.run(text);
        assertThat(p.text()).hasSize(text.length());
        assertThat(p.frontMatter()).containsEntry("title", "Garden plan").containsKey("tags");
        String[] lines = p.text().split("\n", -1);
        for (int i = 0; i < 9; i++) {
            assertThat(lines[i]).as("line " + (i + 1)).isBlank();
        }
        assertThat(lines[9]).isEqualTo("Text                 stays");
        assertThat(lines[11]).isBlank();
        assertThat(lines[13]).isEqualTo("End");
    }

    @Test
    void leavesFencedCodeInlineCodeAndOrdinaryTextAlone() {
        String text = "```\n<!-- code -->\nimport x from 'y'\n```\nUse `<!--` to open a comment.\nimport the data\n"
                + "---\nnot front matter\n";
        assertThat(Preprocess.run(text).text()).isEqualTo(text);
        assertThat(Preprocess.run("---\nno closing line\n").frontMatter()).isEmpty();
    }

    @Test
    void unclosedCommentHidesTheRestAndLineBreaksSurviveAnyInput() {
        assertThat(Preprocess.run("a\n<!-- open\nb\n").text()).isEqualTo("a\n" + " ".repeat(9) + "\n \n");
        Random random = new Random(7);
        String alphabet = "<!->-head/\n\r`~ximport from'\"---ab";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String in = b.toString();
            String out = Preprocess.run(in).text();
            assertThat(out).hasSize(in.length());
            for (int i = 0; i < in.length(); i++) {
                char c = in.charAt(i);
                if (c == '\n' || c == '\r') {
                    assertThat(out.charAt(i)).isEqualTo(c);
                } else {
                    assertThat(out.charAt(i)).isIn(c, ' ');
                }
            }
        }
    }

    @Test
    void theShortCutForTextThatHidesNothingGivesWhatTheScanGives() {
        Random random = new Random(16);
        String[] pieces = {"---", "\n", "\r\n", " ", "a", "<", "<!--", "-->", "<head>", "</head>", "import ", "export ", "import x from 'y'",
            "export const a", "```", "~~~", "`", "title: x", "...", "#", "İ"};
        int shortCut = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(pieces[random.nextInt(random.nextBoolean() ? pieces.length : 5)]);
            }
            String in = b.toString();
            Preprocess.Prepared fast = Preprocess.run(in);
            Preprocess.Prepared full = Preprocess.scan(in);
            assertThat(fast.text()).as(in).isEqualTo(full.text());
            assertThat(fast.frontMatter()).as(in).isEqualTo(full.frontMatter());
            shortCut += fast.text() == in ? 1 : 0;
        }
        assertThat(shortCut).isGreaterThan(2_000);
    }
}
