package dev.roadmap.io.markdown.internal;

import java.util.List;
import java.util.Locale;

/**
 * The words the importer recognises, in English, Russian and Chinese. Matching is on lower-cased
 * text: Latin and Cyrillic words match at a word start (so inflections match), CJK words anywhere.
 */
final class Keywords {
    static final List<String> ID = List.of("id", "key", "slug", "ид", "идентификатор", "标识", "编号");
    static final List<String> NUMBER = List.of("#", "№", "no", "no.", "nr", "num", "n", "序号", "номер", "п/п");
    static final List<String> TITLE = List.of("skill", "topic", "task", "title", "name", "subject", "module", "step",
            "stage", "lesson", "course", "навык", "тема", "задач", "названи", "модул", "этап", "шаг", "урок", "курс",
            "技能", "任务", "主题", "名称", "模块", "内容", "课程", "步骤");
    static final List<String> EFFORT = List.of("duration", "time", "effort", "hours", "estimate", "length", "weeks",
            "days", "длительн", "время", "срок", "часы", "часов", "трудоемк", "трудоёмк", "时长", "时间", "预计", "耗时",
            "工时", "用时", "周期");
    static final List<String> DESCRIPTION = List.of("description", "details", "notes", "note", "comment", "summary",
            "описани", "подробн", "комментар", "примечан", "содержани", "描述", "说明", "备注", "详情", "简介");
    static final List<String> REQUIRES = List.of("prerequisite", "prereq", "requires", "required", "depends",
            "dependencies", "dependency", "зависит", "пререквизит", "требует", "требуется", "после", "前置", "依赖", "先修");
    static final List<String> TRACK = List.of("track", "category", "area", "направлени", "категори", "трек", "方向",
            "类别", "分类", "领域");

    /** Labels that introduce prerequisites in prose ("Prerequisites: A, B"). */
    static final List<String> PREREQ_LABELS = List.of("prerequisites", "prerequisite", "requires", "required",
            "depends on", "dependencies", "after", "требуется", "требует", "пререквизиты", "зависит от", "нужно знать",
            "前置", "依赖", "先修");
    /** Headings or labels that switch a skill's list items to resources. */
    static final List<String> RESOURCE_LABELS = List.of("resource", "learning resource", "recommended", "materials",
            "reading", "links", "books", "ресурс", "материал", "литератур", "ссылки", "资源", "资料", "参考", "书籍");
    /** Headings or labels that switch a skill's list items to projects. */
    static final List<String> PROJECT_LABELS = List.of("project", "real-world project", "practice project",
            "проект", "项目", "实战");
    /** Headings or labels of checklists. */
    static final List<String> TOPIC_LABELS = List.of("what you'll learn", "what you will learn", "topics", "checklist",
            "темы", "чек-лист", "чеклист", "что изучить", "学习内容", "知识点");
    /** "instead of" phrasings naming replaced skills. */
    static final List<String> INSTEAD = List.of("instead of", "вместо", "替代", "代替", "取代");

    private Keywords() {
    }

    /** @return whether {@code text} contains one of {@code words} (word-start for letters, anywhere for CJK) */
    static boolean contains(String text, List<String> words) {
        String t = text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (indexOfWord(t, w) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** @return whether {@code text}, stripped of symbols, starts with one of {@code words} */
    static boolean startsWith(String text, List<String> words) {
        String t = Texts.stripSymbols(text).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (t.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** @return the index of {@code word} in lower-case {@code t} at a word start, or -1 */
    static int indexOfWord(String t, String word) {
        int from = 0;
        while (true) {
            int i = t.indexOf(word, from);
            if (i < 0) {
                return -1;
            }
            boolean cjk = Texts.isCjk(word.codePointAt(0));
            if (cjk || i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1))) {
                return i;
            }
            from = i + 1;
        }
    }
}
