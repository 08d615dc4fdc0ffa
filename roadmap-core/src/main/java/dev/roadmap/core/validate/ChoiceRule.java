package dev.roadmap.core.validate;

import dev.roadmap.core.Choice;
import dev.roadmap.core.ChoiceOption;
import dev.roadmap.core.Roadmap;
import dev.roadmap.core.SkillId;
import dev.roadmap.core.SourceKey;
import dev.roadmap.core.SourceMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Choice options name existing skills, no skill is in two options of one choice, defaults exist. */
final class ChoiceRule {
    private ChoiceRule() {
    }

    static List<Diagnostic> check(Roadmap roadmap) {
        List<Diagnostic> out = new ArrayList<>();
        SourceMap map = roadmap.sourceMap();
        List<Choice> choices = roadmap.choices();
        for (int c = 0; c < choices.size(); c++) {
            Choice choice = choices.get(c);
            Map<SkillId, String> owner = new HashMap<>();
            Set<String> optionIds = new HashSet<>();
            for (int o = 0; o < choice.options().size(); o++) {
                ChoiceOption option = choice.options().get(o);
                if (!optionIds.add(option.id())) {
                    out.add(Diagnostic.error("duplicate-option", "choice '" + choice.id() + "' has two options with id '"
                            + option.id() + "'", map.locate(SourceKey.choiceOption(c, o))));
                }
                for (int k = 0; k < option.skills().size(); k++) {
                    SkillId id = option.skills().get(k);
                    String at = SourceMap.keyChoiceSkill(c, o, k);
                    if (roadmap.indexOf(id) < 0) {
                        out.add(Diagnostic.error("unknown-choice-skill", "option '" + option.id() + "' of choice '"
                                + choice.id() + "' names unknown skill '" + id + "'", map.locate(at)));
                    }
                    String previous = owner.putIfAbsent(id, option.id());
                    if (previous != null && !previous.equals(option.id())) {
                        out.add(Diagnostic.error("skill-in-two-options", "skill '" + id + "' is in options '" + previous
                                + "' and '" + option.id() + "' of choice '" + choice.id() + "'", map.locate(at)).about(id));
                    }
                }
            }
            if (!choice.defaultOption().isEmpty() && choice.option(choice.defaultOption()).isEmpty()) {
                out.add(Diagnostic.error("unknown-default-option", "choice '" + choice.id() + "' defaults to unknown option '"
                        + choice.defaultOption() + "'", map.locate(SourceKey.choice(c).child("default"))));
            }
        }
        return out;
    }
}
