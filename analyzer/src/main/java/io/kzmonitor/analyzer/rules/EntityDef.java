package io.kzmonitor.analyzer.rules;

import java.util.List;

/**
 * A gazetteer entity: one canonical id for every spelling in every language.
 *
 * @param id canonical id, e.g. {@code person:tokayev}
 * @param name canonical English name
 * @param kind person, organisation, place or event
 * @param anchor Kazakhstan-anchor points per mention (0 when the entity does not anchor an article to Kazakhstan)
 * @param terms its spellings
 * @param corefers true for a country-level reference ("the head of state", "the Central Asian republic") whose
 *     anchor points count only in an article that names Kazakhstan, its president or an institution directly
 */
public record EntityDef(String id, String name, String kind, double anchor, List<String> terms, boolean corefers) {}
