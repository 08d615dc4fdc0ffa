package dev.roadmap.io.markdown.internal;

import dev.roadmap.io.table.internal.PhraseScan;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The words and phrases the outline readers recognise, grouped by language (en, es, pt, ru, zh),
 * so that they can move into the per-language vocabulary resources. Matching is on lower-cased
 * text: whole words for Latin and Cyrillic, substrings for CJK.
 */
final class Phrases {
    private Phrases() {
    }

    /** Headings of a table of contents: never a group, never the roadmap's title. */
    static final List<String> TOC_HEADINGS = concat(
            List.of("table of contents", "contents", "index", "toc", "outline"),
            List.of("índice", "indice", "contenido", "contenidos", "tabla de contenidos"),
            List.of("sumário", "sumario", "conteúdo", "conteúdos", "índice"),
            List.of("содержание", "оглавление"),
            List.of("目录", "目錄", "索引"));

    private static final java.util.Set<String> TOC_SET = java.util.Set.copyOf(TOC_HEADINGS);

    /** Words that make a unit optional ("(optional)", "опционально", "可选"). */
    static final List<String> OPTIONAL = concat(
            List.of("optional", "elective", "electives", "bonus", "extra credit", "nice to have"),
            List.of("opcional", "opcionales", "electiva", "electivas", "optativa", "optativas"),
            List.of("opcional", "opcionais", "eletiva", "eletivas", "facultativo"),
            List.of("опционально", "необязательно", "необязательный", "по желанию", "факультатив"),
            List.of("可选", "选修", "选学", "非必须", "非必需"));

    /** Phrases that make everything after them optional, together with a word of {@link #OPTIONAL}. */
    static final List<String> FROM_HERE_ON = concat(
            List.of("below this point", "everything below", "from here on", "the rest of this", "everything after"),
            List.of("a partir de aquí", "todo lo que sigue", "a continuación"),
            List.of("a partir daqui", "tudo abaixo", "daqui para frente"),
            List.of("всё ниже", "все ниже", "дальше всё", "далее всё"),
            List.of("以下内容", "以下均", "以下都", "以下部分"));

    /** "Choose one of the following": the units that follow are alternatives of one choice. */
    static final List<String> CHOOSE_ONE = concat(
            List.of("choose one", "pick one", "select one", "choose any one", "take one of", "one of the following"),
            List.of("elige uno", "elige una", "escoge uno", "escoge una", "elegir uno", "elegir una"),
            List.of("escolha um", "escolha uma", "escolher um", "escolher uma"),
            List.of("выберите один", "выберите одну", "выберите одно", "выбери один", "выбери одну", "на выбор"),
            List.of("任选其一", "任选一", "选择其一", "二选一", "三选一", "选一门", "择一"));

    /** Menus whose items are optional: "sample projects", "electives". */
    static final List<String> MENU_OPTIONAL = concat(
            List.of("sample project", "sample projects", "electives", "elective courses", "ideas for projects",
                    "a sample of", "sample of options", "choose a subset", "based on interest", "based on your interest",
                    "pick any", "as many as you like"),
            List.of("proyectos de ejemplo", "electivas", "optativas", "según tu interés", "los que quieras"),
            List.of("projetos de exemplo", "eletivas", "optativas", "de acordo com seu interesse", "pode optar"),
            List.of("примеры проектов", "по выбору", "факультативы", "по интересу"),
            List.of("选修", "示例项目", "项目示例", "按兴趣", "根据兴趣"));

    /** Words of the study itself: a number with a unit counts as a pace or total only in such a sentence. */
    static final List<String> STUDY_CONTEXT = concat(
            List.of("study", "studied", "studying", "learn", "learning", "course", "curriculum", "plan", "program",
                    "programme", "roadmap", "finish", "complete", "dedicate", "spend", "take you", "it takes", "bootcamp",
                    "challenge", "schedule", "practice", "lesson", "module", "track"),
            List.of("estudi", "aprend", "curso", "plan", "programa", "ruta", "dedica", "termin", "complet", "reto"),
            List.of("estud", "aprend", "curso", "plano", "programa", "trilha", "dedic", "termin", "complet"),
            List.of("уч", "изуч", "курс", "план", "программ", "занят", "трат", "пройти", "освоить"),
            List.of("学", "课", "计划", "规划", "花", "完成", "坚持", "挑战"));

    /** Words of an exercise or a rule, where a number with a unit says nothing about the study's length. */
    static final List<String> NOT_STUDY = concat(
            List.of("storage", "store", "data for", "retention", "pull request", "exercise", "question:", "interest",
                    "warranty", "ago", "experience", "deadline for", "old"),
            List.of("pull request", "al cabo de", "corrección", "ejercicio", "hace", "experiencia"),
            List.of("pull request", "exercício", "atrás", "experiência"),
            List.of("назад", "опыт", "хранен"),
            List.of("前", "经验", "存储"));

    /** Labels of other material for the same unit ("alternative: [link]"): resources, not units or options. */
    static final List<String> ALTERNATIVE_MATERIAL = concat(
            List.of("alternative", "alternatively", "or instead", "also see", "see also"),
            List.of("alternativa", "alternativamente", "ver también"),
            List.of("alternativa", "ver também"),
            List.of("альтернатива", "альтернативно", "см. также"),
            List.of("替代", "备选", "另见"));

    /** Link texts that are no name of a unit: "click here", an old version, another roadmap. */
    static final List<String> NOT_A_NAME = concat(
            List.of("here", "click here", "this link", "link", "this", "old version", "previous version", "roadmap",
                    "learning path", "learning route", "read more", "more"),
            List.of("aquí", "aqui", "enlace", "versión anterior", "ruta", "ruta de aprendizaje", "más"),
            List.of("aqui", "link", "versão antiga", "trilha", "mais"),
            List.of("здесь", "тут", "ссылка", "по ссылке", "старая версия", "дорожная карта"),
            List.of("这里", "链接", "戳这里", "点这里", "点击这里", "版本", "路线", "学习路线"));

    /** @return whether a link's text names nothing ("click here", "链接戳这里", "进阶学习路线") */
    static boolean isNoName(String linkText) {
        String t = Texts.trimSeparators(Texts.stripSymbols(linkText)).toLowerCase(Locale.ROOT);
        for (String p : NOT_A_NAME) {
            if (t.equals(p) || (Texts.isCjk(p.codePointAt(0)) && t.endsWith(p))) {
                return true;
            }
        }
        return t.isEmpty();
    }

    /**
     * The author telling their own story ("I studied 8-12 hours a day") or offering more ("if you want,
     * I'll describe a plan for 3–6 months"): not a pace or total of this roadmap.
     */
    static final List<String> AUTHOR_STORY = concat(
            List.of("i studied", "i spent", "i worked", "i was studying", "my story", "it took me", "i did"),
            List.of("estudié", "dediqué", "me llevó", "mi historia"),
            List.of("estudei", "dediquei", "levei", "minha história"),
            List.of("я занимался", "я занималась", "я тратил", "я тратила", "я учил", "у меня ушло"),
            List.of("我当时", "我花了", "我用了", "我自己"),
            // a conditional offer ("If you want, I'll describe a plan for 3–6 months") states no length of this plan
            List.of("if you want", "if you like", "if you'd like", "si quieres", "si lo deseas", "se quiser", "se você quiser",
                    "если хочешь", "если хотите", "如果你想", "如果需要", "如果你愿意"));

    /** The phrase lists above that {@link #mentions} is asked about, each filed once for a one-pass scan. */
    private static final Map<List<String>, PhraseScan> SCANS = scans(TOC_HEADINGS, OPTIONAL, FROM_HERE_ON, CHOOSE_ONE,
            MENU_OPTIONAL, NOT_STUDY, ALTERNATIVE_MATERIAL, NOT_A_NAME, AUTHOR_STORY);

    @SafeVarargs
    private static Map<List<String>, PhraseScan> scans(List<String>... lists) {
        Map<List<String>, PhraseScan> out = new IdentityHashMap<>();
        for (List<String> l : lists) {
            // CJK phrases count anywhere, others at a word start unless they start with a non-letter (as indexOfWord)
            out.put(l, PhraseScan.of(l, p -> Texts.isCjk(p.codePointAt(0)) || !Character.isLetterOrDigit(p.codePointAt(0))));
        }
        return Collections.unmodifiableMap(out);
    }

    static boolean isTocHeading(String heading) {
        String t = Texts.trimSeparators(Texts.stripSymbols(heading)).toLowerCase(Locale.ROOT);
        return TOC_SET.contains(t);
    }

    /** @return whether the lower-cased text contains one of the phrases (as words for Latin/Cyrillic) */
    static boolean mentions(String lower, List<String> phrases) {
        PhraseScan scan = SCANS.get(phrases);
        if (scan != null) {
            return scan.occursIn(lower);
        }
        for (String p : phrases) {
            if (Texts.isCjk(p.codePointAt(0)) ? lower.contains(p) : Keywords.indexOfWord(lower, p) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the lower-cased text contains one of the stems (prefix of a word for Latin/Cyrillic) */
    static boolean mentionsStem(String lower, List<String> stems) {
        for (String p : stems) {
            if (Texts.isCjk(p.codePointAt(0))) {
                if (lower.contains(p)) {
                    return true;
                }
                continue;
            }
            for (int at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
                if (at == 0 || !Character.isLetter(lower.charAt(at - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).distinct().toList();
    }
}
