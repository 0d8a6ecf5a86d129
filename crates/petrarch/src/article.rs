//! Coding whole articles with PETRARCH dictionaries (`dyad code --dictionaries petrarch`),
//! with output in the same schema as dyad's own coder ([`dyad_coder::Event`]).
//!
//! [`PetrarchCoder::code_article`] takes one [`dyad_article::Article`] and codes every
//! sentence of its title, then of its body (sentence indexes as in
//! [`dyad_coder::Coder::code_article`]: the title's sentences first from 0), along the same
//! path as `dyad validate` ([`crate::validate`]): dyad's tokeniser and parser, the PETRARCH
//! actor and agent dictionaries composed the PETRARCH way ([`crate::compose`]), and the
//! verb patterns applied over the parse by [`crate::apply::Applier`].
//!
//! Each coded event becomes a [`dyad_coder::Event`]:
//!
//! * `date`, `date_precision`, `date_text`, the `historical` flag: from
//!   [`dyad_events::dates::event_date`] over the parse, at the publication date;
//! * `cameo_label`, `root`, `quad_class`, `goldstein`, `plover`: from
//!   [`dyad_events::CameoCode::get`]; a code outside the CAMEO list (`075A`, `+++`) keeps the
//!   code as the dictionary gives it, with an empty label, its first two characters as root,
//!   quad class 0, Goldstein 0 and no PLOVER mapping;
//! * `source` and `target`: the actor with that code nearest the verb; offsets are char
//!   offsets into the field (`sentence.field`), `resolved_by` is `entry` for a name of an
//!   actor dictionary, `agent` for an agent alone and `composition` for a composed code;
//! * `pattern`: `petrarch:` followed by the rule (verb block, pattern and its line, and any
//!   negation or ontology combination);
//! * `reporter`: always null (PETRARCH-2 has no notion of it);
//! * `id`: [`dyad_events::dedup::EventKey::id`].
//!
//! Events are merged per article by (date, source, target, code) with their mentions
//! ([`dyad_events::dedup::Dedup`]). PETRARCH-2's `require_dyad` default applies: an event is
//! coded only when both its source and its target are known. As in PETRARCH-2's coder, no
//! comma clause is removed and no new actor is made here (the `<Config>` options of
//! [`crate::options`] belong to validation files, [`crate::validate`]).
//!
//! Discards ([`crate::DiscardList`]): an article whose text (title and body) holds a
//! story-level phrase codes nothing; a sentence holding any discard phrase codes nothing.
//!
//! [`merge_articles`] merges the events of dyad's own coder with PETRARCH's (`--dictionaries
//! both`).

use std::collections::HashMap;
use std::ops::Range;

use dyad_actors::NaiveDate;
use dyad_article::{Article, Unit as TextUnit};
use dyad_coder::{
    ActorOut, CodedArticle, Event, Evidence, Field, Provenance, SentenceOut, for_each_sentence,
    merged_events,
};
use dyad_conllu::{Row, Sentence};
use dyad_events::dedup::Dedup;
use dyad_text::{TokenSpan, tokenize_spans};

use crate::apply::{ActorSpan, Applier, Settings};
use crate::compose::{Unit, UnitKind};
use crate::validate::{Dictionaries, SentenceAnalysis, analyse_sentence};

/// Codes articles with loaded PETRARCH dictionaries. `&PetrarchCoder` is `Sync`: share one
/// between threads, one call of [`PetrarchCoder::code_article`] per article.
pub struct PetrarchCoder<'a> {
    dicts: &'a Dictionaries,
    model: &'a dyad_syntax::Model,
    countries: Option<&'a dyad_actors::Dictionary>,
    provenance: Provenance,
    date: Option<NaiveDate>,
    fallback_date: Option<NaiveDate>,
    settings: Settings,
}

impl<'a> PetrarchCoder<'a> {
    /// A coder over loaded PETRARCH dictionaries and a parser model. `provenance` is copied
    /// into every event. `date` is the publication date to use for every article (`dyad code
    /// --date`), `fallback_date` the one for articles without a date.
    pub fn new(
        dicts: &'a Dictionaries,
        model: &'a dyad_syntax::Model,
        provenance: Provenance,
        date: Option<NaiveDate>,
        fallback_date: Option<NaiveDate>,
    ) -> PetrarchCoder<'a> {
        PetrarchCoder {
            dicts,
            model,
            countries: None,
            provenance,
            date,
            fallback_date,
            settings: Settings::default(),
        }
    }

    /// Uses `dict` (dyad's own actor dictionaries) to fill [`ActorOut::country`]: the
    /// PETRARCH dictionaries name no countries. Without it, `country` is null and every
    /// block of the code is listed in `sectors`.
    pub fn with_countries(mut self, dict: &'a dyad_actors::Dictionary) -> PetrarchCoder<'a> {
        self.countries = Some(dict);
        self
    }

    /// The publication date used for `article`: the `date` given to [`PetrarchCoder::new`],
    /// else the article's own, else the fallback date.
    pub fn reference_date(&self, article: &Article) -> Option<NaiveDate> {
        self.date.or(article.date).or(self.fallback_date)
    }

    /// Codes one article (see the module documentation). `explanations` is always empty;
    /// `diagnostics` says when the article has no date (it is coded at 1970-01-01) or when a
    /// story-level discard phrase stopped it.
    pub fn code_article(&self, article: &Article) -> CodedArticle {
        let mut diagnostics = Vec::new();
        let publication = self.reference_date(article).unwrap_or_else(|| {
            diagnostics.push(format!(
                "{}: no publication date; relative dates resolved against 1970-01-01",
                article.id
            ));
            NaiveDate::default()
        });
        let mut dedup: Dedup<Event> = Dedup::new();
        let mut applier = Applier::new(&self.dicts.verbs, self.dicts.ontology.as_ref());
        let story_discard = self.dicts.discards.as_ref().and_then(|d| {
            let mut story = String::new();
            if let Some(t) = &article.title {
                story.push_str(&t.text);
                story.push('\n');
            }
            story.push_str(&article.text);
            d.check(&story)
                .filter(|m| m.phrase.level == crate::discards::DiscardLevel::Story)
                .map(|m| (m.phrase.phrase.clone(), m.phrase.line))
        });
        let sentences = if let Some((phrase, line)) = story_discard {
            diagnostics.push(format!(
                "{}: story discarded by the PETRARCH discard phrase {phrase:?} (line {line})",
                article.id
            ));
            // Every sentence is still counted: indexes stay those of dyad's own coder.
            for_each_sentence(article, |_, _, _, _| {})
        } else {
            for_each_sentence(article, |field, unit, index, headline| {
                self.code_sentence(
                    article,
                    field,
                    unit,
                    index,
                    headline,
                    publication,
                    &mut applier,
                    &mut dedup,
                );
            })
        };
        let events = merged_events(dedup);
        CodedArticle {
            document_id: article.id.clone(),
            publication_date: publication,
            sentences,
            events,
            explanations: Vec::new(),
            diagnostics,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn code_sentence(
        &self,
        article: &Article,
        field: &Field<'_>,
        unit: &TextUnit,
        index: usize,
        headline: bool,
        publication: NaiveDate,
        applier: &mut Applier<'_>,
        dedup: &mut Dedup<Event>,
    ) {
        let text = field.norm.as_str();
        let Some(sentence_text) = text.get(unit.norm.clone()) else {
            return;
        };
        if let Some(d) = &self.dicts.discards
            && d.discards_sentence(sentence_text)
        {
            return;
        }
        let mut spans: Vec<TokenSpan> = Vec::new();
        tokenize_spans(text, unit.norm.clone(), &mut spans);
        let word_spans: Vec<Range<usize>> = spans.iter().flat_map(TokenSpan::word_spans).collect();
        if word_spans.is_empty() {
            return;
        }
        let forms: Vec<&str> = word_spans.iter().map(|r| &text[r.clone()]).collect();
        let SentenceAnalysis {
            words,
            units,
            actors,
        } = analyse_sentence(&forms, self.dicts, self.model, publication);
        let coded = applier.code_sentence(&words, &actors, &self.settings);
        if coded.is_empty() {
            return;
        }
        let conllu = Sentence {
            comments: vec![format!("text = {sentence_text}")],
            rows: words
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let mut r = Row::word(u32::try_from(i + 1).unwrap_or(u32::MAX), &w.form);
                    r.lemma.clone_from(&w.lemma);
                    r.upos.clone_from(&w.upos);
                    r.xpos.clone_from(&w.xpos);
                    r.head = Some(u32::try_from(w.head).unwrap_or(0));
                    r.deprel.clone_from(&w.deprel);
                    r
                })
                .collect(),
        };
        let sentence_out = SentenceOut {
            index,
            field: field.name,
            text: field.slice(unit.norm.clone()),
            start: field.char_start(unit.norm.clone()),
            end: field.char_end(unit.norm.clone()),
        };
        let actor_out = |code: &Option<String>, verb: usize| -> Option<ActorOut> {
            let code = code.clone()?;
            let a = actors
                .iter()
                .filter(|a| a.code == code)
                .min_by_key(|a| a.head.abs_diff(verb))?;
            Some(self.actor_out(field, &word_spans, &units, a))
        };
        for e in &coded {
            let trigger = u32::try_from(e.verb + 1).unwrap_or(u32::MAX);
            let date = dyad_events::dates::event_date(&conllu, trigger, publication);
            let source = actor_out(&e.source, e.verb);
            let target = actor_out(&e.target, e.verb);
            let evidence = Evidence {
                sentence: sentence_out.clone(),
                index,
                headline,
                verb: field.span_out(word_spans[e.verb].clone()),
                pattern: format!("petrarch:{}", e.rule),
            };
            let (key, event) = Event::new(
                article,
                &date,
                &e.code,
                source,
                target,
                evidence,
                &self.provenance,
            );
            dedup.add(key, index, event);
        }
    }

    fn actor_out(
        &self,
        field: &Field<'_>,
        word_spans: &[Range<usize>],
        units: &[Unit],
        a: &ActorSpan,
    ) -> ActorOut {
        let span = match (
            word_spans.get(a.words.start),
            a.words.end.checked_sub(1).and_then(|e| word_spans.get(e)),
        ) {
            (Some(s), Some(e)) => s.start..e.end,
            _ => word_spans.get(a.head).cloned().unwrap_or(0..0),
        };
        let blocks = dyad_actors::blocks_of(&a.code);
        let country = self.countries.and_then(|d| {
            blocks
                .first()
                .filter(|b| d.country(b).is_some())
                .map(|b| (*b).to_string())
        });
        let sectors = blocks
            .iter()
            .skip(usize::from(country.is_some()))
            .map(|b| (*b).to_string())
            .collect();
        let resolved_by = match units
            .iter()
            .find(|u| u.words == a.words && u.code == a.code)
        {
            Some(Unit {
                kind: UnitKind::Actor,
                ..
            }) => "entry",
            Some(_) => "agent",
            None => "composition",
        };
        ActorOut {
            code: a.code.clone(),
            text: field.slice(span.clone()),
            start: field.char_start(span.clone()),
            end: field.char_end(span),
            country,
            sectors,
            resolved_by,
        }
    }
}

/// Merges the coded events of one article from two coders (`--dictionaries both`): the
/// events of `first` in their order, then those of `second` whose key (date, source code,
/// target code, CAMEO code) `first` lacks. An event of `second` with a key `first` already
/// has adds its sentences to that event's `mention_sentences` (kept ascending, without
/// repeats) and `mentions`; the evidence (sentence, verb, pattern) of `first` is kept.
/// Diagnostics are concatenated; the sentence count is the larger of the two.
pub fn merge_articles(mut first: CodedArticle, second: CodedArticle) -> CodedArticle {
    let key = |e: &Event| {
        (
            e.date.clone(),
            e.source_code().to_string(),
            e.target_code().to_string(),
            e.cameo.clone(),
        )
    };
    let mut index: HashMap<_, usize> = first
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (key(e), i))
        .collect();
    for e in second.events {
        match index.get(&key(&e)) {
            Some(&i) => {
                let kept = &mut first.events[i];
                kept.mention_sentences.extend(e.mention_sentences);
                kept.mention_sentences.sort_unstable();
                kept.mention_sentences.dedup();
                kept.mentions = kept.mention_sentences.len();
            }
            None => {
                index.insert(key(&e), first.events.len());
                first.events.push(e);
            }
        }
    }
    first.diagnostics.extend(second.diagnostics);
    first.explanations.extend(second.explanations);
    first.sentences = first.sentences.max(second.sentences);
    first
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_coder::SpanOut;

    fn event(source: &str, target: &str, code: &str, sentences: &[usize], pattern: &str) -> Event {
        let sentence = SentenceOut {
            index: sentences[0],
            field: "text",
            text: String::new(),
            start: 0,
            end: 0,
        };
        let actor = |c: &str| ActorOut {
            code: c.to_string(),
            text: String::new(),
            start: 0,
            end: 0,
            country: None,
            sectors: Vec::new(),
            resolved_by: "entry",
        };
        Event {
            id: String::new(),
            document_id: "d".into(),
            url: None,
            date: "2020-01-02".into(),
            date_precision: "day",
            date_text: None,
            reporter: None,
            flags: Vec::new(),
            source: Some(actor(source)),
            target: (!target.is_empty()).then(|| actor(target)),
            cameo: code.into(),
            cameo_label: String::new(),
            root: code[..2].into(),
            quad_class: 0,
            goldstein: 0.0,
            plover: None,
            sentence,
            verb: SpanOut {
                text: String::new(),
                start: 0,
                end: 0,
            },
            pattern: pattern.into(),
            mentions: sentences.len(),
            mention_sentences: sentences.to_vec(),
            provenance: Provenance::default(),
        }
    }

    fn article(events: Vec<Event>, sentences: usize, note: &str) -> CodedArticle {
        CodedArticle {
            document_id: "d".into(),
            publication_date: NaiveDate::from_ymd_opt(2020, 1, 2).unwrap(),
            sentences,
            events,
            explanations: Vec::new(),
            diagnostics: vec![note.to_string()],
        }
    }

    #[test]
    fn merge_keeps_ours_first_and_unions_mentions() {
        let ours = article(
            vec![
                event("FRA", "DEU", "040", &[1, 4], "ours.meet"),
                event("RUS", "", "112", &[2], "ours.accuse"),
            ],
            5,
            "a",
        );
        let theirs = article(
            vec![
                event("JPN", "PRK", "111", &[3], "petrarch:BLAME"),
                event("FRA", "DEU", "040", &[0, 4], "petrarch:MEET"),
                event("RUS", "UKR", "112", &[2], "petrarch:BLAME"),
            ],
            5,
            "b",
        );
        let m = merge_articles(ours, theirs);
        let got: Vec<(&str, &str, &str, &str)> = m
            .events
            .iter()
            .map(|e| {
                (
                    e.source_code(),
                    e.target_code(),
                    e.cameo.as_str(),
                    e.pattern.as_str(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("FRA", "DEU", "040", "ours.meet"),
                ("RUS", "---", "112", "ours.accuse"),
                ("JPN", "PRK", "111", "petrarch:BLAME"),
                ("RUS", "UKR", "112", "petrarch:BLAME"),
            ]
        );
        assert_eq!(m.events[0].mention_sentences, [0, 1, 4]);
        assert_eq!(m.events[0].mentions, 3);
        assert_eq!(m.diagnostics, ["a", "b"]);
        assert_eq!(m.sentences, 5);
    }
}
