//! dyad-coder: the event coder, from an article to deduplicated CAMEO events.
//!
//! [`Coder::code_article`] runs the whole chain on one [`dyad_article::Article`]:
//!
//! 1. every sentence of the title (headline) and of the body is tokenised
//!    ([`dyad_text::tokenize_spans`] on the normalised text) and analysed by the
//!    [`dyad_syntax::Model`] (UPOS, XPOS, lemma, head, deprel);
//! 2. actor mentions are resolved sentence by sentence with one
//!    [`dyad_actors::ArticleContext`] per article ([`dyad_actors::Resolver`]), at the
//!    publication date;
//! 3. event patterns are matched over the parse ([`dyad_events::match_sentence`]) and the
//!    most specific ones kept ([`dyad_events::most_specific`]);
//! 4. each candidate is checked for factuality ([`dyad_events::factuality::assess`]: negated,
//!    modal, planned, conditional, question... are dropped), dated
//!    ([`dyad_events::dates::event_date`]), given its reporter
//!    ([`dyad_events::reported::reporter`]), and its source and target heads are mapped to
//!    actor mentions; coordinated heads give one event per pair; a person's code is taken
//!    at the event's date;
//! 5. events are merged per article by (date, source, target, CAMEO code)
//!    ([`dyad_events::dedup::Dedup`]) with a mention count and every reporting sentence.
//!
//! Every candidate that is not coded, and every verb that matched no pattern, is kept in
//! [`CodedArticle::explanations`] (the `dyad code --explain` report).
//!
//! Offsets in the output ([`ActorOut`], [`SentenceOut`], [`SpanOut`]) are Unicode scalar
//! (char) offsets, half-open, into the article text as decoded (for a JSON Lines or CSV
//! record's separately analysed title: into the title, with `field = "title"`).
//!
//! An event is emitted only when both its source and its target resolve to a CAMEO actor code
//! and the two codes differ (PETRARCH-2's `require_dyad` default); otherwise the candidate is
//! explained as `no_source`, `no_target` or `same_actor`.

#![warn(missing_docs)]

pub mod eval;
mod event;
pub mod repair;

pub use event::{
    ActorOut, CodedArticle, Decision, Event, Evidence, Explanation, PloverOut, Provenance,
    SentenceOut, SpanOut,
};

use std::ops::Range;

use chrono::NaiveDate;
use dyad_actors::{ArticleContext, EntryRef, Mention, ParsedWord, ResolvedBy, Resolver};
use dyad_article::{Article, TitleOrigin, Unit};
use dyad_conllu::{Row, Sentence};
use dyad_events::dates::event_date;
use dyad_events::dedup::Dedup;
use dyad_events::dict::TriggerKind;
use dyad_events::factuality::{Factuality, assess};
use dyad_events::reported::reporter;
use dyad_events::{CameoCode, Candidate, match_sentence, most_specific};
use dyad_text::{CharOffsets, Normalized, TokenSpan, tokenize_spans};

/// An actor mention with its code at the event date.
type CodedActor<'m> = (&'m Mention, String);

/// The longest sentence, in syntactic words, analysed in one piece (longer ones are cut into
/// pieces of half this size).
pub const MAX_WORDS: usize = 200;

/// The actor code of a side the text does not name, in event keys and TSV (PETRARCH's null
/// code).
pub const NO_ACTOR: &str = "---";

/// Settings of a [`Coder`].
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Publication date to use for every article instead of its own (`dyad code --date`).
    pub date: Option<NaiveDate>,
    /// Date used when an article has none and `date` is not set (callers pass today's date).
    pub fallback_date: Option<NaiveDate>,
    /// Emit only events whose source and target both resolve to actor codes (PETRARCH-2's
    /// `require_dyad`). Off (the default), an event whose text names only one side ("the
    /// Taliban claimed responsibility", "X was murdered") is kept with a null actor, and a
    /// named actor no dictionary knows is kept with the code `---`.
    pub require_dyad: bool,
    /// Keep explanations ([`CodedArticle::explanations`]); off, the coder skips that work.
    pub explain: bool,
}

/// The event coder: a parser model, actor and event dictionaries and options. Cheap to share
/// between threads (`&Coder` is `Sync`); one call of [`Coder::code_article`] per article.
pub struct Coder<'a> {
    model: &'a dyad_syntax::Model,
    actors: &'a dyad_actors::Dictionary,
    resolver: Resolver<'a>,
    events: &'a dyad_events::Dictionary,
    provenance: Provenance,
    options: Options,
}

/// What coding one article carries from sentence to sentence.
#[derive(Default)]
struct ArticleState {
    ctx: ArticleContext,
    dedup: Dedup<Event>,
    explanations: Vec<Explanation>,
}

/// One field of an article (its body text, or a JSON Lines/CSV record's title analysed on its
/// own) as a coder sees it: the normalised text its sentences are found in, and the decoded
/// text and char offsets that output spans refer to. Built by [`for_each_sentence`].
pub struct Field<'t> {
    /// `"text"` or `"title"` (the `field` of [`SentenceOut`]).
    pub name: &'static str,
    /// The decoded text the output offsets refer to.
    pub base: &'t str,
    /// Its normalised copy (sentence and token byte ranges point into it).
    pub norm: &'t Normalized,
    offsets: &'t CharOffsets,
}

impl<'a> Coder<'a> {
    /// A coder over a loaded model and dictionaries. `provenance` is copied into every event.
    pub fn new(
        model: &'a dyad_syntax::Model,
        actors: &'a dyad_actors::Dictionary,
        events: &'a dyad_events::Dictionary,
        provenance: Provenance,
        options: Options,
    ) -> Coder<'a> {
        Coder {
            model,
            actors,
            resolver: Resolver::new(actors),
            events,
            provenance,
            options,
        }
    }

    /// The options this coder was built with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The publication date used for `article`: the `date` option, else the article's own
    /// date, else the fallback date; `None` when none of them is set.
    pub fn reference_date(&self, article: &Article) -> Option<NaiveDate> {
        self.options
            .date
            .or(article.date)
            .or(self.options.fallback_date)
    }

    /// Codes one article: its events in order of first report, merged by (date, source,
    /// target, code), and, with [`Options::explain`], the explanation of every sentence.
    ///
    /// Sentence indexes count the title's sentences first (from 0), then the body's.
    /// An article without any date (no publication date, no `date` or `fallback_date`
    /// option) is coded at 1970-01-01 and says so in [`CodedArticle::diagnostics`].
    pub fn code_article(&self, article: &Article) -> CodedArticle {
        let mut diagnostics = Vec::new();
        let publication = self.reference_date(article).unwrap_or_else(|| {
            diagnostics.push(format!(
                "{}: no publication date; relative dates resolved against 1970-01-01",
                article.id
            ));
            NaiveDate::default()
        });
        let mut st = ArticleState::default();
        let sentences = for_each_sentence(article, |field, unit, index, headline| {
            self.code_sentence(article, field, unit, index, headline, publication, &mut st);
        });
        let explanations = st.explanations;
        let events = fold_undated_headlines(merged_events(st.dedup));
        CodedArticle {
            document_id: article.id.clone(),
            publication_date: publication,
            sentences,
            events,
            explanations,
            diagnostics,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn code_sentence(
        &self,
        article: &Article,
        field: &Field<'_>,
        unit: &Unit,
        index: usize,
        headline: bool,
        publication: NaiveDate,
        st: &mut ArticleState,
    ) {
        let text = field.norm.as_str();
        let mut spans: Vec<TokenSpan> = Vec::new();
        tokenize_spans(text, unit.norm.clone(), &mut spans);
        let word_spans: Vec<Range<usize>> = spans.iter().flat_map(TokenSpan::word_spans).collect();
        if word_spans.is_empty() {
            return;
        }
        // A "sentence" of hundreds of words is a splitting failure (a list, a table, text
        // without punctuation): it is analysed in pieces of at most MAX_WORDS words, cut at
        // token boundaries, so that time stays linear in the length of the input.
        if word_spans.len() > MAX_WORDS {
            let mut start = unit.norm.start;
            for chunk in spans.chunks(MAX_WORDS / 2) {
                let end = chunk.last().map_or(start, |t| t.end);
                let piece = Unit {
                    span: field.norm.original_range(start..end),
                    norm: start..end,
                };
                self.code_sentence(article, field, &piece, index, headline, publication, st);
                start = end;
            }
            return;
        }
        let forms: Vec<&str> = word_spans.iter().map(|r| &text[r.clone()]).collect();
        let analysis = self.model.analyse_words(&forms);
        let mut words = Vec::with_capacity(forms.len());
        let mut sentence = Sentence {
            comments: vec![format!("text = {}", &text[unit.norm.clone()])],
            rows: Vec::with_capacity(forms.len()),
        };
        let mut arcs: Vec<repair::Arc> = analysis
            .iter()
            .map(|a| repair::Arc {
                head: a.head,
                deprel: a.deprel.to_string(),
                upos: a.upos.to_string(),
                xpos: a.xpos.to_string(),
            })
            .collect();
        // The lemmatiser now and then misses a spelling rule ("expelled" -> "expell"): a verb
        // lemma the event dictionary does not know is replaced by a regular variant it knows.
        let mut analysis = analysis;
        for (a, form) in analysis.iter_mut().zip(&forms) {
            if a.upos == "VERB"
                && let Some(fixed) = self.known_verb_lemma(&a.lemma, form)
            {
                a.lemma = fixed;
            }
        }
        let lemmas: Vec<&str> = analysis.iter().map(|a| a.lemma.as_str()).collect();
        repair::repair(&mut arcs, &lemmas);
        for (i, ((a, arc), span)) in analysis.into_iter().zip(arcs).zip(&word_spans).enumerate() {
            let form = forms[i];
            let mut row = Row::word(u32::try_from(i + 1).unwrap_or(u32::MAX), form);
            row.lemma.clone_from(&a.lemma);
            row.upos.clone_from(&arc.upos);
            row.xpos = a.xpos.to_string();
            row.head = Some(arc.head);
            row.deprel.clone_from(&arc.deprel);
            sentence.rows.push(row);
            words.push(ParsedWord {
                form: form.to_string(),
                lemma: a.lemma,
                upos: arc.upos,
                head: arc.head as usize,
                deprel: arc.deprel,
                span: span.clone(),
            });
        }
        let mut mentions =
            self.resolver
                .resolve_sentence(&words, text, publication, &mut st.ctx, headline);
        // Country adjectives on things ("the French proposal") are no actor mentions of their
        // own, but they say whose the thing is when an event's slot holds it: kept apart
        // here for `actors_of`, never reported by `dyad actors`.
        let owners = self.adjective_owners(&words, &mentions, publication);
        mentions.extend(owners);
        let sentence_out = SentenceOut {
            index,
            field: field.name,
            text: field.slice(unit.norm.clone()),
            start: field.char_start(unit.norm.clone()),
            end: field.char_end(unit.norm.clone()),
        };
        let rows: Vec<&Row> = sentence.words().collect();
        let all = match_sentence(self.events, &sentence);
        let explain = self.options.explain;
        let mut explanation = explain.then(|| Explanation {
            document_id: article.id.clone(),
            sentence: sentence_out.clone(),
            decisions: Vec::new(),
            unmatched_verbs: Vec::new(),
        });
        if let Some(ex) = explanation.as_mut() {
            for (i, w) in words.iter().enumerate() {
                let id = u32::try_from(i + 1).unwrap_or(u32::MAX);
                if w.upos == "VERB" && !all.iter().any(|c| c.trigger == id) {
                    ex.unmatched_verbs
                        .push(field.span_out(word_spans[i].clone()));
                }
            }
        }
        let best = most_specific(all.clone());
        if let Some(ex) = explanation.as_mut() {
            for c in all.iter().filter(|c| !best.contains(c)) {
                ex.decisions.push(Decision::new(
                    c,
                    field.slice(word_spans[trigger_pos(c)].clone()),
                    "superseded",
                    "a more specific pattern fits the same trigger",
                ));
            }
        }
        // Several equally specific patterns on one trigger with codes of different depth
        // ("blame X for the attack": 112 and 1123): the deeper CAMEO code is the more precise
        // reading.
        let mut best = {
            let depth = |t: u32| {
                best.iter()
                    .filter(|c| c.trigger == t)
                    .map(|c| c.code().len())
                    .max()
                    .unwrap_or(0)
            };
            let keep: Vec<bool> = best
                .iter()
                .map(|c| c.code().len() == depth(c.trigger))
                .collect();
            let mut kept = Vec::new();
            for (c, k) in best.into_iter().zip(keep) {
                if k {
                    kept.push(c);
                } else if let Some(ex) = explanation.as_mut() {
                    ex.decisions.push(Decision::new(
                        &c,
                        field.slice(word_spans[trigger_pos(&c)].clone()),
                        "superseded",
                        "a pattern with a deeper CAMEO code fits the same trigger",
                    ));
                }
            }
            kept
        };
        best.extend(court_findings(&sentence, |id| {
            self.actors_of(&[id], &mentions, &rows, publication)
                .first()
                .is_some_and(|(m, code)| is_court(code, &m.text))
        }));
        // Candidates, then (once) the bare acts of cue verbs whose complement no pattern
        // coded ("offered to hand over X" -> 030, "threatened further action" -> 130).
        let mut queue: Vec<Candidate<'_>> = best;
        let mut used_cues: Vec<u32> = Vec::new();
        let mut fallback_added = false;
        let mut qi = 0;
        loop {
            if qi == queue.len() {
                if fallback_added {
                    break;
                }
                fallback_added = true;
                let extra = cue_fallbacks(&sentence, &queue, &used_cues);
                if extra.is_empty() {
                    break;
                }
                queue.extend(extra);
            }
            let c = queue[qi].clone();
            qi += 1;
            let c = &c;
            let verb_span = word_spans[trigger_pos(c)].clone();
            let mut explain_as = |outcome: &'static str, detail: String| {
                if let Some(ex) = explanation.as_mut() {
                    ex.decisions.push(Decision::new(
                        c,
                        field.slice(verb_span.clone()),
                        outcome,
                        &detail,
                    ));
                }
            };
            // A cooperative act announced, promised, offered or agreed to ("will give aid",
            // "promised to continue military aid", "agreed to allow access") is coded as the
            // expression of intent itself (CAMEO 03x); any other unasserted act is dropped.
            // "calling it biased", "called the order decisive": naming or describing something
            // ("call X Y", a second object or a predicate without "to") is no call to anyone;
            // "called him to discuss the crisis" is.
            if c.code().starts_with("04")
                && rows
                    .get(c.trigger as usize - 1)
                    .is_some_and(|r| r.lemma.eq_ignore_ascii_case("call"))
            {
                let kids: Vec<(usize, &&Row)> = rows
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.head == Some(c.trigger))
                    .collect();
                let objects = kids.iter().filter(|(_, r)| r.deprel == "obj").count();
                let predicate = kids.iter().any(|(i, r)| {
                    let id = u32::try_from(i + 1).unwrap_or(u32::MAX);
                    r.deprel == "xcomp"
                        && !rows
                            .iter()
                            .any(|m| m.head == Some(id) && m.deprel == "mark" && m.lemma == "to")
                });
                if objects >= 2 || (objects == 1 && predicate) {
                    explain_as("naming", "'call X Y' names or describes X".into());
                    continue;
                }
            }
            let mut main_code = c.code();
            let mut intent = false;
            let mut trigger = c.trigger;
            let mut src_ids = c.source.clone();
            let mut tgt_ids = c.target.clone();
            let factuality = match assess(&sentence, c.trigger) {
                // "began a hunger strike to protest the decision": a protest named as the
                // purpose of an act of protest is carried out by that act.
                Factuality::Dropped {
                    reason: dyad_events::factuality::Reason::Planned,
                    cue,
                } if c.code().starts_with("14")
                    && sentence
                        .words()
                        .nth(cue as usize - 1)
                        .is_some_and(|r| r.lemma == "to" && r.head == Some(c.trigger)) =>
                {
                    Factuality::Happened
                }
                f => f,
            };
            if let Factuality::Dropped { reason, cue } = factuality {
                let cue_row = sentence.words().nth(cue as usize - 1);
                let cue_text = forms.get(cue as usize - 1).copied().unwrap_or("?");
                use dyad_events::factuality::Reason;
                let cue_lemma = cue_row.map(|r| r.lemma.to_lowercase()).unwrap_or_default();
                let announced =
                    reason == Reason::Planned || (reason == Reason::Modal && cue_lemma == "would");
                let intent_code = if !announced {
                    None
                } else if THREAT_CUES.contains(&cue_lemma.as_str()) {
                    // "threatened to ban", "said they would boycott", "vowed to fight": the
                    // announcement of a hostile act is the threat (CAMEO 13x).
                    threat_code(c.code()).or_else(|| {
                        INTENT_CUES
                            .contains(&cue_lemma.as_str())
                            .then_some("")
                            .and_then(|_| intent_code(c.code()))
                    })
                } else if INTENT_CUES.contains(&cue_lemma.as_str()) {
                    intent_code(c.code())
                } else {
                    None
                };
                // "demanded that Y cancel the plan", "urged Y to release": the demand or
                // appeal itself is the event, from the speaker to the one asked (CAMEO 10x and
                // 02x mirror the act asked for). "X said Y must release Z" / "should release
                // Z": a speaker saying what another actor must or should do demands it or
                // appeals for it. (The request code, and the word whose subject asks.)
                let said_must = || {
                    let said = rows
                        .get(c.trigger as usize - 1)
                        .filter(|r| r.deprel == "ccomp")
                        .and_then(|r| r.head)
                        .filter(|&h| {
                            rows.get(h as usize - 1).is_some_and(|r| {
                                dyad_events::reported::is_plain_speech(&r.lemma.to_lowercase())
                            })
                        })?;
                    let asked = if cue_lemma == "must" {
                        "demand"
                    } else {
                        "urge"
                    };
                    Some((request_code(asked, c.code())?, said))
                };
                let request = match reason {
                    Reason::Requested => request_code(&cue_lemma, c.code()).map(|r| (r, cue)),
                    Reason::Modal if matches!(cue_lemma.as_str(), "must" | "should") => said_must(),
                    _ => None,
                };
                if let Some((code, asker)) = request
                    && intent_code.is_none()
                {
                    let speaker = subject_of(&sentence, asker);
                    if !speaker.is_empty() && !c.source.is_empty() {
                        main_code = code;
                        intent = true;
                        trigger = asker;
                        src_ids = speaker;
                        tgt_ids = c.source.clone();
                    }
                }
                match intent_code.or(intent.then_some(main_code)) {
                    Some(code) => {
                        main_code = code;
                        intent = true;
                        used_cues.push(cue);
                    }
                    None => {
                        explain_as(reason.as_str(), format!("cue word {cue_text:?}"));
                        continue;
                    }
                }
            }
            if c.pattern.trigger.kind == TriggerKind::Noun
                && !headline
                && !nominal_event_happened(&sentence, c.trigger)
            {
                explain_as(
                    "generic",
                    "an event noun that no verb reports as taking place".into(),
                );
                continue;
            }
            let date = event_date(&sentence, trigger, publication);
            let sources = self.actors_of(&src_ids, &mentions, &rows, date.date);
            let mut targets = self.actors_of(&tgt_ids, &mentions, &rows, date.date);
            // "A and B met": a mutual act with coordinated sources and no target is done by each to
            // the other; "A and B issued a statement" is not.
            let symmetric = c.pattern.mutual && tgt_ids.is_empty() && sources.len() >= 2;
            // The source may be left unnamed only when the parse gives the slot no word at all
            // (a passive without agent); a subject that is not an actor ("Dialogue requires
            // X to ...") means there is no event between actors here.
            // An act whose doer the text leaves out ("was criticised", "was arrested", "were
            // killed") is kept only when it is conflictual (roots 11-20), as news often names
            // no critic or perpetrator; an unattributed cooperative or neutral act ("it is
            // called X", "was praised", "talks were held") is not coded.
            let conflictual = main_code[..2] >= *"11";
            if sources.is_empty()
                && (targets.is_empty()
                    || self.options.require_dyad
                    || !src_ids.is_empty()
                    || !conflictual)
            {
                explain_as(
                    "no_source",
                    "no actor with a code in the source slot".into(),
                );
                queue.extend(fallbacks(&all, c, &queue));
                continue;
            }
            // A target slot filled by something that is no actor ("opposed the withdrawal",
            // "claimed responsibility for the attacks") leaves the target unnamed only for
            // verbal reactions to things (roots 01, 11-14, 16); "called the decision",
            // "joined the calls" are no events between actors.
            let reaction = matches!(&main_code[..2], "01" | "11" | "12" | "13" | "14" | "16");
            if targets.is_empty()
                && !symmetric
                && (self.options.require_dyad || (!tgt_ids.is_empty() && !reaction))
            {
                explain_as(
                    "no_target",
                    "no actor with a code in the target slot".into(),
                );
                queue.extend(fallbacks(&all, c, &queue));
                continue;
            }
            if symmetric {
                targets = sources.clone();
            }
            let reporter_out = reporter(&sentence, trigger).and_then(|r| {
                self.actors_of(&r.reporter, &mentions, &rows, date.date)
                    .into_iter()
                    .next()
                    .map(|(m, code)| self.actor_out(field, m, code))
            });
            // (source, target, code) triples: every source with every target; a mutual act
            // also the other way; a paired code (`042:043`) gives the converse its own code.
            // "A and B met" (coordinated sources, no target) already holds both directions.
            // A side the text leaves unnamed ("was murdered", "claimed responsibility") is
            // None: the event is kept with a null actor unless `require_dyad`.
            let side = |v: &'_ [CodedActor<'_>]| -> Vec<Option<usize>> {
                if v.is_empty() {
                    vec![None]
                } else {
                    (0..v.len()).map(Some).collect()
                }
            };
            let mut dyads: Vec<(Option<&CodedActor>, Option<&CodedActor>, &str)> = Vec::new();
            for si in side(&sources) {
                for ti in side(&targets) {
                    let s = si.map(|i| &sources[i]);
                    let t = ti.map(|i| &targets[i]);
                    dyads.push((s, t, main_code));
                    // A region ("toured Latin America") hosts nothing and agrees to nothing:
                    // no converse event from it.
                    let (Some(s), Some(t)) = (s, t) else { continue };
                    if symmetric || intent || self.is_region(&t.1) {
                        continue;
                    }
                    if let Some(rev) = &c.pattern.reverse_code {
                        dyads.push((Some(t), Some(s), rev.as_str()));
                    } else if c.pattern.mutual {
                        dyads.push((Some(t), Some(s), c.code()));
                    }
                }
            }
            let mut coded = 0;
            let mut press = 0;
            for (s, t, code_str) in dyads {
                if let (Some((sm, scode)), Some((tm, tcode))) = (s, t)
                    && (scode == tcode || std::ptr::eq(*sm, *tm))
                {
                    continue;
                }
                // "speaking to the BBC", "in an interview with Reuters": talking to the press
                // is how a statement is made, not a consultation between the two.
                if code_str.starts_with("04")
                    && let (Some((_, scode)), Some((_, tcode))) = (s, t)
                    && is_media(scode) != is_media(tcode)
                {
                    press += 1;
                    continue;
                }
                coded += 1;
                let evidence = Evidence {
                    sentence: sentence_out.clone(),
                    index,
                    headline,
                    verb: field.span_out(word_spans[trigger as usize - 1].clone()),
                    pattern: if intent {
                        format!("{}+intent", c.pattern_id())
                    } else {
                        c.pattern_id().to_string()
                    },
                };
                let (key, mut event) = Event::new(
                    article,
                    &date,
                    code_str,
                    s.map(|(m, code)| self.actor_out(field, m, code.clone())),
                    t.map(|(m, code)| self.actor_out(field, m, code.clone())),
                    evidence,
                    &self.provenance,
                );
                event.reporter.clone_from(&reporter_out);
                st.dedup.add(key, index, event);
            }
            if coded == 0 && press > 0 {
                explain_as("press", "talking to the press is no consultation".into());
            } else if coded == 0 {
                explain_as("same_actor", "source and target have the same code".into());
            } else {
                explain_as("coded", format!("{coded} event(s)"));
            }
        }
        if let Some(ex) = explanation {
            st.explanations.push(ex);
        }
    }

    /// The mentions (with their code at `date`) whose head or words hold the given CoNLL-U
    /// word IDs, in the order of `ids`, without repeats; heads that are in no coded mention
    /// are skipped.
    fn actors_of<'m>(
        &self,
        ids: &[u32],
        mentions: &'m [Mention],
        rows: &[&Row],
        date: NaiveDate,
    ) -> Vec<(&'m Mention, String)> {
        let mut out: Vec<(&Mention, String)> = Vec::new();
        let at = |w: usize| {
            mentions.iter().find(|m| m.head == w).or_else(|| {
                mentions
                    .iter()
                    .filter(|m| m.words.contains(&w))
                    .min_by_key(|m| m.words.len())
            })
        };
        for &id in ids {
            let w = id as usize - 1;
            // A slot filled by a thing, not an actor ("rejected Macron's plan", "denounced
            // Turkey's accord", "condemned the attack by the Taliban"): the actor the phrase
            // names as its owner or author is the one acted upon.
            let found = at(w).or_else(|| {
                owner_words(rows, w)
                    .into_iter()
                    .filter_map(|x| at(x).filter(|m| m.code.is_some()))
                    .next()
            });
            let Some(m) = found else { continue };
            // A name no dictionary knows, owned by or described as of a known country ("Iran's
            // Mahan Air", "the Iranian airline Mahan Air"): an actor of that country.
            if m.code.is_none() {
                let described = rows
                    .get(m.head)
                    .filter(|r| matches!(r.deprel.as_str(), "appos" | "flat" | "compound"))
                    .and_then(|r| r.head)
                    .and_then(|h| (h as usize).checked_sub(1));
                let country = owner_words(rows, m.head)
                    .into_iter()
                    .chain(described.into_iter().flat_map(|h| owner_words(rows, h)))
                    .filter_map(|x| at(x).filter(|o| !std::ptr::eq(*o, m)))
                    .filter_map(|o| self.code_at(o, date))
                    .find_map(|c| {
                        (c.len() >= 3 && self.actors.country(&c[..3]).is_some())
                            .then(|| c[..3].to_string())
                    });
                if let Some(code) = country {
                    if !out.iter().any(|(o, c)| std::ptr::eq(*o, m) && *c == code) {
                        out.push((m, code));
                    }
                    continue;
                }
            }
            // A proper name no dictionary knows is still the actor the text names: kept with
            // the null code `---` and its text, so the event is not lost.
            let Some(code) = self.code_at(m, date).or_else(|| {
                (!self.options.require_dyad
                    && !m.text.is_empty()
                    && (m.resolved_by == ResolvedBy::Unresolved
                        || matches!(m.entry, Some(EntryRef::Person(_)))))
                .then(|| NO_ACTOR.to_string())
            }) else {
                continue;
            };
            // "Colombian and Venezuelan officials": a country adjective coordinated with the
            // one that gave the code gives a second actor with the same sectors.
            let mut codes = vec![code.clone()];
            if code.len() >= 3 && self.actors.country(&code[..3]).is_some() {
                for x in m.words.clone() {
                    let Some(r) = rows.get(x) else { continue };
                    let head_in = r
                        .head
                        .and_then(|h| (h as usize).checked_sub(1))
                        .is_some_and(|h| m.words.contains(&h) && rows[h].deprel == "amod");
                    if r.deprel != "conj" || !head_in || !matches!(r.upos.as_str(), "ADJ" | "PROPN")
                    {
                        continue;
                    }
                    let other = self
                        .actors
                        .match_phrase(&r.form, date)
                        .into_iter()
                        .find(|a| matches!(a.entry, Some(EntryRef::Country(_))))
                        .and_then(|a| a.code.map(str::to_string));
                    if let Some(c) = other.filter(|c| c.len() == 3 && !code.starts_with(c.as_str()))
                    {
                        codes.push(format!("{c}{}", &code[3..]));
                    }
                }
            }
            for code in codes {
                if !out.iter().any(|(o, c)| std::ptr::eq(*o, m) && *c == code) {
                    out.push((m, code));
                }
            }
        }
        out
    }

    /// One mention per single-word country adjective (`amod`, as "French" in "the French
    /// proposal") that no resolved mention covers, coded with the bare country code.
    fn adjective_owners(
        &self,
        words: &[ParsedWord],
        mentions: &[Mention],
        date: NaiveDate,
    ) -> Vec<Mention> {
        let mut out = Vec::new();
        for (i, w) in words.iter().enumerate() {
            if w.deprel != "amod"
                || !matches!(w.upos.as_str(), "ADJ" | "PROPN")
                || mentions.iter().any(|m| m.words.contains(&i))
            {
                continue;
            }
            let Some((entry, code)) = self
                .actors
                .match_phrase(&w.form, date)
                .into_iter()
                .find(|a| matches!(a.entry, Some(EntryRef::Country(_))))
                .and_then(|a| Some((a.entry, a.code?.to_string())))
            else {
                continue;
            };
            out.push(Mention {
                code: Some(code),
                text: w.form.clone(),
                span: w.span.clone(),
                words: i..i + 1,
                head: i,
                resolved_by: ResolvedBy::Entry,
                entry,
                is_person: false,
            });
        }
        out
    }

    /// A mention's code at the event date: a person named by a dictionary entry (directly or
    /// by reference) takes the role held on `date`; everything else keeps the code resolved
    /// at the publication date.
    fn code_at(&self, m: &Mention, date: NaiveDate) -> Option<String> {
        if let (Some(EntryRef::Person(p)), ResolvedBy::Entry | ResolvedBy::Reference) =
            (m.entry, m.resolved_by)
            && let Some(code) = self.actors.code_at(EntryRef::Person(p), date)
        {
            return Some(code.to_string());
        }
        m.code.clone()
    }

    /// A regular variant of verb `lemma` (or of its `form`) that the event dictionary knows,
    /// when `lemma` itself is unknown to it: a doubled final consonant undone ("expell" ->
    /// "expel"), or the form's "-ed"/"-ing"/"-ied" ending removed.
    fn known_verb_lemma(&self, lemma: &str, form: &str) -> Option<String> {
        let known = |l: &str| {
            self.events
                .by_trigger(TriggerKind::Verb, l)
                .next()
                .is_some()
        };
        let lower = lemma.to_lowercase();
        if lower.is_empty() || known(&lower) {
            return None;
        }
        let mut variants: Vec<String> = Vec::new();
        let b = lower.as_bytes();
        if b.len() > 3 && b[b.len() - 1] == b[b.len() - 2] {
            variants.push(lower[..lower.len() - 1].to_string());
        }
        let f = form.to_lowercase();
        if let Some(stem) = f.strip_suffix("ied") {
            variants.push(format!("{stem}y"));
        }
        for suffix in ["ed", "ing"] {
            if let Some(stem) = f.strip_suffix(suffix) {
                variants.push(stem.to_string());
                variants.push(format!("{stem}e"));
                let sb = stem.as_bytes();
                if sb.len() > 2 && sb[sb.len() - 1] == sb[sb.len() - 2] {
                    variants.push(stem[..stem.len() - 1].to_string());
                }
            }
        }
        if let Some(stem) = f.strip_suffix('d') {
            variants.push(stem.to_string());
        }
        variants.into_iter().find(|v| v.len() > 2 && known(v))
    }

    /// Whether an actor code is a bare region (`LAM`, `EUR`): its first block is a region.
    fn is_region(&self, code: &str) -> bool {
        code.len() == 3 && self.actors.block_kind(code) == Some(dyad_actors::BlockKind::Region)
    }

    fn actor_out(&self, field: &Field<'_>, m: &Mention, code: String) -> ActorOut {
        let blocks = if code == NO_ACTOR {
            Vec::new()
        } else {
            dyad_actors::blocks_of(&code)
        };
        let country = blocks
            .first()
            .filter(|b| self.actors.country(b).is_some())
            .map(|b| (*b).to_string());
        let sectors = blocks
            .iter()
            .skip(usize::from(country.is_some()))
            .map(|b| (*b).to_string())
            .collect();
        ActorOut {
            text: field.slice(m.span.clone()),
            start: field.char_start(m.span.clone()),
            end: field.char_end(m.span.clone()),
            country,
            sectors,
            resolved_by: m.resolved_by.as_str(),
            code,
        }
    }
}

/// Cue words of a planned act that make it an expression of intent (CAMEO 03: "offer,
/// promise, agree to, or otherwise indicate willingness or commitment").
const INTENT_CUES: &[&str] = &[
    "will",
    "shall",
    "'ll",
    "would",
    "promise",
    "pledge",
    "vow",
    "agree",
    "offer",
    "prepare",
    "ready",
    "intend",
    "commit",
    "undertake",
    "volunteer",
    "plan",
];

/// The CoNLL-U IDs of the subject of word `id` (its nearest `nsubj`, else the subject of the
/// verb it is a conjunct or complement of), with its conjuncts; empty when there is none.
/// When the most specific pattern on a trigger finds no actor for a slot ("lifted a blockade
/// on Palestinian lorries": no actor in "lorries"), the next most specific patterns on the same
/// trigger that are not queued yet ("lifted a blockade") get their turn.
fn fallbacks<'d>(
    all: &[Candidate<'d>],
    failed: &Candidate<'d>,
    queued: &[Candidate<'d>],
) -> Vec<Candidate<'d>> {
    let rest: Vec<Candidate<'d>> = all
        .iter()
        .filter(|x| {
            x.trigger == failed.trigger && x.specificity < failed.specificity && !queued.contains(x)
        })
        .cloned()
        .collect();
    most_specific(rest)
}

/// Whether an actor code names the media: a `MED` block after the first ("GBRMED", "USAMED").
fn is_media(code: &str) -> bool {
    code.len() >= 6 && code.as_bytes()[3..].chunks(3).any(|b| b == b"MED")
}

/// The 0-based indices of the words that name the owner or author of the thing at word `w`
/// (0-based), most telling first: a possessor ("*Turkey's* accord"), a country adjective or
/// other modifier ("the *French* proposal", "the *Turkey*-Libya memoranda"), an `of` or `by`
/// phrase ("the proposal *of France*", "the attack *by* the *Taliban*"). Rows are the
/// sentence's words in order.
fn owner_words(rows: &[&Row], w: usize) -> Vec<usize> {
    let head = u32::try_from(w + 1).unwrap_or(u32::MAX);
    let children = |rel: &'static str| {
        rows.iter()
            .enumerate()
            .filter(move |(_, r)| r.head == Some(head) && r.deprel == rel)
            .map(|(i, _)| i)
    };
    let case_of = |x: usize| {
        let id = u32::try_from(x + 1).unwrap_or(u32::MAX);
        rows.iter().any(|r| {
            r.head == Some(id) && r.deprel == "case" && matches!(r.lemma.as_str(), "of" | "by")
        })
    };
    let mut out: Vec<usize> = children("nmod:poss").collect();
    out.extend(children("amod"));
    out.extend(children("compound"));
    out.extend(children("nmod").filter(|&x| case_of(x)));
    out
}

fn subject_of(sentence: &Sentence, id: u32) -> Vec<u32> {
    let rows: Vec<&Row> = sentence.words().collect();
    let kids = |h: u32, rel: &str| -> Vec<u32> {
        (1..=rows.len() as u32)
            .filter(|&w| rows[w as usize - 1].head == Some(h) && rows[w as usize - 1].deprel == rel)
            .collect()
    };
    let mut cur = id;
    for _ in 0..4 {
        if let Some(s) = kids(cur, "nsubj")
            .into_iter()
            .min_by_key(|&s| s.abs_diff(cur))
        {
            let mut out = vec![s];
            out.extend(kids(s, "conj"));
            return out;
        }
        let Some(r) = rows.get(cur as usize - 1) else {
            break;
        };
        match (r.deprel.split(':').next(), r.head) {
            (Some("conj" | "xcomp" | "advcl"), Some(h)) if h > 0 => cur = h,
            _ => break,
        }
    }
    Vec::new()
}

/// Cue verbs of a demand (CAMEO 10) and of an appeal (CAMEO 02).
const DEMAND_CUES: &[&str] = &["demand", "insist", "require", "order", "command", "force"];
const APPEAL_CUES: &[&str] = &[
    "urge",
    "call",
    "appeal",
    "ask",
    "request",
    "encourage",
    "press",
    "implore",
    "beg",
    "invite",
    "petition",
    "plead",
];

/// The CAMEO demand (10x) or appeal (02x) code for asking someone to do an act of code
/// `code`, following the codebook's parallel structure (0841 release -> 1053 demand release /
/// 0252 appeal for release, 046 negotiate -> 106 / 026, ...); the bare 100 / 020 for acts
/// with no parallel. `None` when `cue` is neither a demand nor an appeal verb.
fn request_code(cue: &str, code: &str) -> Option<&'static str> {
    let demand = DEMAND_CUES.contains(&cue);
    if !demand && !APPEAL_CUES.contains(&cue) {
        return None;
    }
    let pick = |d: &'static str, a: &'static str| if demand { d } else { a };
    let head3 = code.get(..3).unwrap_or("");
    Some(match code.get(..2).unwrap_or("") {
        "04" if code == "045" => pick("108", "028"),
        "04" => pick("106", "026"),
        "05" => pick("102", "022"),
        "06" => match code {
            "061" => pick("1011", "0211"),
            "062" => pick("1012", "0212"),
            "063" => pick("1013", "0213"),
            "064" => pick("1014", "0214"),
            _ => pick("101", "021"),
        },
        "07" => match code {
            "071" => pick("1031", "0231"),
            "072" => pick("1032", "0232"),
            "073" => pick("1033", "0233"),
            "074" => pick("1034", "0234"),
            _ => pick("103", "023"),
        },
        "08" => match head3 {
            "081" => pick("1051", "0251"),
            "082" => pick("1052", "0252"),
            "083" => match code {
                "0831" => pick("1041", "0241"),
                "0832" => pick("1042", "0242"),
                "0833" => pick("1043", "0243"),
                "0834" => pick("1044", "0244"),
                _ => pick("104", "024"),
            },
            "084" => pick("1053", "0253"),
            "085" => pick("1054", "0254"),
            "086" => pick("1055", "0255"),
            "087" => pick("1056", "0256"),
            _ => pick("105", "025"),
        },
        _ => pick("100", "020"),
    })
}

/// Cue words of a planned hostile act that make it a threat (CAMEO 13).
const THREAT_CUES: &[&str] = &[
    "threaten", "warn", "vow", "swear", "will", "shall", "'ll", "would", "pledge", "promise",
    "plan", "prepare", "ready",
];

/// The CAMEO 13x "threaten" code of a hostile act (roots 13-20), following the codebook's
/// parallel structure (163 sanctions -> 1312 threaten to sanction, 1723 curfew -> 1323, 191
/// blockade -> 1381, 19x conventional force -> 1384, ...); `None` for other roots.
fn threat_code(code: &str) -> Option<&'static str> {
    let root = code.get(..2)?;
    Some(match root {
        "13" => return CameoCode::get(code).map(|c| c.code.as_str()),
        "14" => "133",
        "16" => match code.get(..3)? {
            "161" => "1313",
            "162" => "1311",
            "163" => "1312",
            "164" => "134",
            "165" => "135",
            "166" => "136",
            _ => "131",
        },
        "17" => match code {
            "1721" => "1321",
            "1722" => "1322",
            "1723" => "1323",
            "1724" => "1324",
            "172" => "132",
            "174" => "136",
            "175" | "173" => "137",
            _ => "130",
        },
        "18" => "1383",
        "19" => match code {
            "191" => "1381",
            "192" => "1382",
            "190" => "138",
            _ => "1384",
        },
        "20" => match code {
            "204" | "2041" | "2042" => "1385",
            _ => "138",
        },
        _ => return None,
    })
}

/// The CAMEO 03x "express intent" code of a cooperative act (roots 03-08), following the
/// codebook's parallel structure (071 economic aid -> 0331 intent to provide economic aid,
/// 0841 release persons -> 0353 intent to release persons, ...); `None` for other roots.
fn intent_code(code: &str) -> Option<&'static str> {
    let root = code.get(..2)?;
    Some(match root {
        "03" => return CameoCode::get(code).map(|c| c.code.as_str()),
        "04" => match code {
            "045" => "039",
            _ => "036",
        },
        "05" => "032",
        "06" => match code {
            "061" => "0311",
            "062" => "0312",
            "063" => "0313",
            "064" => "0314",
            _ => "031",
        },
        "07" => match code {
            "071" => "0331",
            "072" => "0332",
            "073" => "0333",
            "074" => "0334",
            _ => "033",
        },
        "08" => match code.get(..3)? {
            "081" => "0351",
            "082" => "0352",
            "083" => match code {
                "0831" => "0341",
                "0832" => "0342",
                "0833" => "0343",
                "0834" => "0344",
                _ => "034",
            },
            "084" => "0353",
            "085" => "0354",
            "086" => "0355",
            "087" => "0356",
            _ => "035",
        },
        _ => return None,
    })
}

/// Verbs that report an event noun as taking place ("held talks", "the attack killed").
const OCCURRENCE_VERBS: &[&str] = &[
    "hold", "have", "conduct", "begin", "start", "open", "launch", "resume", "continue", "attend",
    "join", "host", "end", "conclude", "wrap", "take", "occur", "happen", "follow", "come", "mark",
    "kill", "wound", "injure", "leave", "destroy", "target", "hit", "cause", "stage", "organize",
    "organise", "carry", "make", "issue", "announce", "sign", "reach", "seal", "strike",
    "complete", "finish", "break", "suspend", "call", "lead", "mount",
];

/// Prepositions that make an event noun the setting of the clause ("at talks with X",
/// "during a visit to Y", "after the attack on Z").
const SETTING_CASES: &[&str] = &["at", "during", "after", "before", "following", "amid", "on"];

/// Whether a noun trigger reports an event that took place rather than a topic ("dialogue ...
/// to be unpopular", "attempts at dialogue"): it is the root (a fragment), has a possessor
/// ("X's accusations"), is the setting of its clause ("at a press event with X"), or is an
/// argument of a verb of occurrence ([`OCCURRENCE_VERBS`]). `of`-chains ("a round of talks")
/// and conjunctions are climbed first.
fn nominal_event_happened(sentence: &Sentence, trigger: u32) -> bool {
    let rows: Vec<&Row> = sentence.words().collect();
    let get = |id: u32| rows.get(id as usize - 1).copied();
    let Some(noun) = get(trigger) else {
        return false;
    };
    let has_child =
        |id: u32, pred: &dyn Fn(&Row) -> bool| rows.iter().any(|r| r.head == Some(id) && pred(r));
    if has_child(trigger, &|r| r.deprel == "nmod:poss") {
        return true;
    }
    let mut id = trigger;
    let mut row = noun;
    for _ in 0..rows.len() {
        let udeprel = row.deprel.split(':').next().unwrap_or("");
        let head = row.head.unwrap_or(0);
        match udeprel {
            "root" => return true,
            "conj" | "compound" | "appos" | "nmod" if head != 0 => {
                id = head;
                match get(id) {
                    Some(r) => row = r,
                    None => return false,
                }
            }
            "obl" | "obj" | "nsubj" | "iobj" | "advcl" => {
                if has_child(id, &|r| {
                    r.deprel == "case" && SETTING_CASES.contains(&r.lemma.as_str())
                }) {
                    return true;
                }
                return get(head).is_some_and(|h| {
                    matches!(h.upos.as_str(), "VERB" | "AUX")
                        && OCCURRENCE_VERBS.contains(&h.lemma.as_str())
                });
            }
            _ => return false,
        }
    }
    false
}

/// Verbs by which a court or inquiry states a finding.
const FINDING_VERBS: &[&str] = &[
    "conclude",
    "find",
    "rule",
    "determine",
    "establish",
    "judge",
];

/// Whether an actor is a court, tribunal or inquiry: its code has the `JUD` block, or its
/// text names such a body.
fn is_court(code: &str, text: &str) -> bool {
    let lower = text.to_lowercase();
    dyad_actors::blocks_of(code).contains(&"JUD")
        || [
            "tribunal",
            "inquiry",
            "commission of",
            "investigators",
            "fact-finding",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

/// The CAMEO accusation code for a finding whose clause names `lemma`: war crimes, crimes
/// against humanity and genocide 1124; torture, abuses, rights violations, killings 1122;
/// corruption and other crimes 1121 (CAMEO 1.1b3, 112x "Accuse of ...").
fn finding_code(lemmas: &[&str]) -> Option<&'static str> {
    if lemmas
        .iter()
        .any(|l| matches!(*l, "humanity" | "genocide" | "war"))
        && lemmas.contains(&"crime")
        || lemmas.contains(&"genocide")
    {
        return Some("1124");
    }
    if lemmas.iter().any(|l| {
        matches!(
            *l,
            "torture"
                | "abuse"
                | "violation"
                | "atrocity"
                | "killing"
                | "rape"
                | "massacre"
                | "persecution"
                | "disappearance"
                | "execution"
        )
    }) {
        return Some("1122");
    }
    if lemmas
        .iter()
        .any(|l| matches!(*l, "crime" | "corruption" | "fraud" | "bribery"))
    {
        return Some("1121");
    }
    None
}

/// Cue verbs whose bare act is coded when no pattern codes their complement: an intent
/// (030), a threat (130), a demand (100), an appeal (020).
const CUE_FALLBACKS: &[(&str, &str)] = &[
    ("agree", "030"),
    ("offer", "030"),
    ("promise", "030"),
    ("pledge", "030"),
    ("threaten", "130"),
    ("demand", "100"),
    ("urge", "020"),
    ("appeal", "020"),
];

/// The patterns behind cue fallbacks (ids `rule.cue.<lemma>`).
fn cue_pattern(lemma: &str) -> Option<&'static dyad_events::dict::Pattern> {
    static PATTERNS: std::sync::OnceLock<Vec<dyad_events::dict::Pattern>> =
        std::sync::OnceLock::new();
    PATTERNS
        .get_or_init(|| {
            CUE_FALLBACKS
                .iter()
                .filter_map(|(l, c)| {
                    let mut p = dyad_events::dict::parse_pattern(&format!("{c}  v:{l}")).ok()?;
                    p.id = format!("rule.cue.{l}");
                    p.file = "dyad-coder".into();
                    Some(p)
                })
                .collect()
        })
        .iter()
        .find(|p| p.trigger.lemma == lemma)
}

/// Candidates for cue verbs ([`CUE_FALLBACKS`]) that have a clausal complement (or, for
/// "threaten", an object) but triggered no candidate of their own and coded no complement:
/// the bare intent, threat, demand or appeal from the verb's subject, with no target.
fn cue_fallbacks(
    sentence: &Sentence,
    queue: &[Candidate<'_>],
    used_cues: &[u32],
) -> Vec<Candidate<'static>> {
    let rows: Vec<&Row> = sentence.words().collect();
    let mut out = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let id = i as u32 + 1;
        if r.upos != "VERB" || used_cues.contains(&id) || queue.iter().any(|c| c.trigger == id) {
            continue;
        }
        let Some(p) = cue_pattern(&r.lemma) else {
            continue;
        };
        let has_complement = rows.iter().any(|k| {
            k.head == Some(id)
                && (matches!(k.deprel.as_str(), "xcomp" | "ccomp")
                    || (r.lemma == "threaten" && k.deprel == "obj"))
        });
        let source = subject_of(sentence, id);
        if !has_complement || source.is_empty() || !assess(sentence, id).happened() {
            continue;
        }
        out.push(Candidate {
            pattern: p,
            trigger: id,
            source,
            target: Vec::new(),
            passive: false,
            specificity: 0,
        });
    }
    out
}

/// The patterns behind court findings, one per code (ids `rule.court_finding.<code>`).
fn finding_pattern(code: &str) -> Option<&'static dyad_events::dict::Pattern> {
    static PATTERNS: std::sync::OnceLock<Vec<dyad_events::dict::Pattern>> =
        std::sync::OnceLock::new();
    PATTERNS
        .get_or_init(|| {
            ["1121", "1122", "1124"]
                .iter()
                .filter_map(|c| {
                    let mut p =
                        dyad_events::dict::parse_pattern(&format!("{c}  v:conclude")).ok()?;
                    p.id = format!("rule.court_finding.{c}");
                    p.file = "dyad-coder".into();
                    Some(p)
                })
                .collect()
        })
        .iter()
        .find(|p| p.code == code)
}

/// A finding by a court, tribunal or inquiry that B committed crimes or abuses ("the Court
/// has concluded that evidence exists that B has committed crimes against humanity") is the
/// body accusing B (CAMEO 112x), not reported speech: the verb of finding
/// ([`FINDING_VERBS`]) with a court as subject (`is_court_subject(word id)`), and, in a
/// `ccomp` clause below it (at most three levels), a clause whose subject is B and whose
/// words name a crime ([`finding_code`]).
fn court_findings(
    sentence: &Sentence,
    is_court_subject: impl Fn(u32) -> bool,
) -> Vec<Candidate<'static>> {
    let rows: Vec<&Row> = sentence.words().collect();
    let rows = &rows;
    let kids = |h: usize| (1..=rows.len()).filter(move |&w| rows[w - 1].head == Some(h as u32));
    let mut out = Vec::new();
    for v in 1..=rows.len() {
        let r = rows[v - 1];
        if r.upos != "VERB" || !FINDING_VERBS.contains(&r.lemma.as_str()) {
            continue;
        }
        let Some(subject) = kids(v)
            .filter(|&k| rows[k - 1].deprel == "nsubj")
            .min_by_key(|&k| k.abs_diff(v))
        else {
            continue;
        };
        if !is_court_subject(subject as u32) {
            continue;
        }
        let mut clauses: Vec<(usize, usize)> = kids(v)
            .filter(|&k| rows[k - 1].deprel == "ccomp")
            .map(|k| (k, 1))
            .collect();
        while let Some((c, depth)) = clauses.pop() {
            if depth < 3 {
                clauses.extend(
                    kids(c)
                        .filter(|&k| rows[k - 1].deprel == "ccomp")
                        .map(|k| (k, depth + 1)),
                );
            }
            let Some(accused) = kids(c).find(|&k| rows[k - 1].deprel == "nsubj") else {
                continue;
            };
            // The clause's own words: its subtree without nested clauses.
            let mut words = vec![c];
            let mut i = 0;
            while i < words.len() {
                let w = words[i];
                words.extend(kids(w).filter(|&k| {
                    k != accused && !matches!(rows[k - 1].deprel.as_str(), "ccomp" | "nsubj")
                }));
                i += 1;
            }
            let lemmas: Vec<&str> = words.iter().map(|&w| rows[w - 1].lemma.as_str()).collect();
            if let Some(p) = finding_code(&lemmas).and_then(finding_pattern) {
                out.push(Candidate {
                    pattern: p,
                    trigger: v as u32,
                    source: vec![subject as u32],
                    target: vec![accused as u32],
                    passive: false,
                    specificity: 0,
                });
                break;
            }
        }
    }
    out
}

/// Position (0-based) of a candidate's trigger word.
fn trigger_pos(c: &Candidate<'_>) -> usize {
    c.trigger as usize - 1
}

impl Field<'_> {
    /// The original text of a byte range of the normalised text.
    pub fn slice(&self, norm: Range<usize>) -> String {
        let r = self.norm.original_range(norm);
        self.base.get(r).unwrap_or("").to_string()
    }

    /// Char offset, in the original text, of the start of a normalised byte range.
    pub fn char_start(&self, norm: Range<usize>) -> usize {
        self.offsets.char_of(self.norm.original_range(norm).start)
    }

    /// Char offset, in the original text, of the end of a normalised byte range.
    pub fn char_end(&self, norm: Range<usize>) -> usize {
        self.offsets.char_of(self.norm.original_range(norm).end)
    }

    /// A normalised byte range as original text with char offsets.
    pub fn span_out(&self, norm: Range<usize>) -> SpanOut {
        SpanOut {
            text: self.slice(norm.clone()),
            start: self.char_start(norm.clone()),
            end: self.char_end(norm),
        }
    }
}

/// Calls `f(field, sentence, index, headline)` for every sentence a coder analyses: the title's
/// sentences first (index from 0, `headline` true; `field` is the record title when it is
/// analysed on its own, else the body text), then the body's. Returns the number of sentences.
pub fn for_each_sentence<'a>(
    article: &'a Article,
    mut f: impl FnMut(&Field<'_>, &'a Unit, usize, bool),
) -> usize {
    let offsets = CharOffsets::new(&article.text);
    let body = Field {
        name: "text",
        base: &article.text,
        norm: &article.normalized,
        offsets: &offsets,
    };
    let mut index = 0usize;
    if let Some(title) = &article.title {
        let own;
        let field = match (&title.normalized, title.origin) {
            (Some(norm), TitleOrigin::Field) => {
                own = CharOffsets::new(&title.text);
                Field {
                    name: "title",
                    base: &title.text,
                    norm,
                    offsets: &own,
                }
            }
            _ => Field { ..body },
        };
        for unit in &title.sentences {
            f(&field, unit, index, true);
            index += 1;
        }
    }
    for unit in article.sentences() {
        f(&body, unit, index, false);
        index += 1;
    }
    index
}

/// Folds each headline event that carries no date of its own (coded at the publication
/// date) into a body event with the same CAMEO code whose sentence does date it and whose
/// actors are the headline's or more specific ones of them (`DEU` in "Germany bans Iran's
/// airline", `DEUGOV` in "German authorities banned the airline on Monday"): a headline
/// announces the news the body tells, so they are one event. The result is the body event
/// (its date, actors, sentence and evidence: the sentence that dates it) with the headline's
/// sentence added to its mentions and its `headline` flag. Events stay in order of first
/// report.
pub fn fold_undated_headlines(mut events: Vec<Event>) -> Vec<Event> {
    // `DEU` and `DEUGOV` name one actor, the second more precisely; two actors no dictionary
    // knows are one when their texts are ("Kurds"); no actor and an actor are not.
    let covers = |h: &Option<ActorOut>, b: &Option<ActorOut>| match (h, b) {
        (None, None) => true,
        (Some(h), Some(b)) if h.code == NO_ACTOR => {
            b.code == NO_ACTOR && h.text.to_lowercase() == b.text.to_lowercase()
        }
        (Some(h), Some(b)) => b.code.starts_with(h.code.as_str()),
        _ => false,
    };
    let headline = |e: &Event| e.flags.contains(&"headline");
    let mut keep = vec![true; events.len()];
    for i in 0..events.len() {
        let h = &events[i];
        if !headline(h) || h.date_text.is_some() {
            continue;
        }
        let Some(j) = (0..events.len()).find(|&j| {
            let b = &events[j];
            keep[j]
                && !headline(b)
                && b.date_text.is_some()
                && b.cameo == h.cameo
                && covers(&h.source, &b.source)
                && covers(&h.target, &b.target)
        }) else {
            continue;
        };
        keep[i] = false;
        let sentences = events[i].mention_sentences.clone();
        let b = &mut events[j];
        b.flags.push("headline");
        b.mention_sentences.extend(sentences);
        b.mention_sentences.sort_unstable();
        b.mention_sentences.dedup();
        b.mentions = b.mention_sentences.len();
    }
    let mut out: Vec<Event> = events
        .into_iter()
        .zip(keep)
        .filter_map(|(e, k)| k.then_some(e))
        .collect();
    out.sort_by_key(|e| e.mention_sentences.first().copied().unwrap_or(usize::MAX));
    out
}

/// The merged events of one article, each with its mention count and reporting sentences.
pub fn merged_events(dedup: Dedup<Event>) -> Vec<Event> {
    dedup
        .into_events()
        .into_iter()
        .map(|m| {
            let mut e = m.evidence;
            e.mentions = m.sentences.len();
            e.mention_sentences = m.sentences;
            e
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intent_codes_follow_the_codebook_structure() {
        assert_eq!(intent_code("071"), Some("0331"));
        assert_eq!(intent_code("074"), Some("0334"));
        assert_eq!(intent_code("046"), Some("036"));
        assert_eq!(intent_code("045"), Some("039"));
        assert_eq!(intent_code("0841"), Some("0353"));
        assert_eq!(intent_code("0831"), Some("0341"));
        assert_eq!(intent_code("057"), Some("032"));
        assert_eq!(intent_code("112"), None);
        assert_eq!(intent_code("190"), None);
        // Every produced code is a real CAMEO code.
        for c in CameoCode::all() {
            if let Some(i) = intent_code(&c.code) {
                assert!(CameoCode::get(i).is_some(), "{} -> {i}", c.code);
                assert!(i.starts_with("03"));
            }
        }
    }

    #[test]
    fn threat_codes_follow_the_codebook_structure() {
        assert_eq!(threat_code("163"), Some("1312"));
        assert_eq!(threat_code("161"), Some("1313"));
        assert_eq!(threat_code("1723"), Some("1323"));
        assert_eq!(threat_code("191"), Some("1381"));
        assert_eq!(threat_code("193"), Some("1384"));
        assert_eq!(threat_code("143"), Some("133"));
        assert_eq!(threat_code("042"), None);
        for c in CameoCode::all() {
            if let Some(t) = threat_code(&c.code) {
                assert!(CameoCode::get(t).is_some(), "{} -> {t}", c.code);
                assert!(t.starts_with("13"));
            }
        }
    }

    #[test]
    fn request_codes_mirror_the_act_asked_for() {
        assert_eq!(request_code("demand", "0841"), Some("1053"));
        assert_eq!(request_code("urge", "0841"), Some("0253"));
        assert_eq!(request_code("urge", "046"), Some("026"));
        assert_eq!(request_code("demand", "0831"), Some("1041"));
        assert_eq!(request_code("demand", "190"), Some("100"));
        assert_eq!(request_code("say", "046"), None);
        for c in CameoCode::all() {
            for cue in ["demand", "urge"] {
                if let Some(r) = request_code(cue, &c.code) {
                    assert!(CameoCode::get(r).is_some(), "{cue} {} -> {r}", c.code);
                }
            }
        }
    }

    #[test]
    fn finding_codes_name_the_crime() {
        assert_eq!(
            finding_code(&["commit", "crime", "against", "humanity"]),
            Some("1124")
        );
        assert_eq!(finding_code(&["commit", "genocide"]), Some("1124"));
        assert_eq!(finding_code(&["use", "torture"]), Some("1122"));
        assert_eq!(finding_code(&["commit", "fraud"]), Some("1121"));
        assert_eq!(finding_code(&["win", "election"]), None);
        assert!(is_court("IGOJUDICC", "International Criminal Court"));
        assert!(is_court("IGOUNO", "a UN commission of inquiry"));
        assert!(!is_court("USAGOV", "the White House"));
    }

    fn sentence(rows: &[(&str, &str, &str, u32, &str)]) -> Sentence {
        Sentence {
            comments: Vec::new(),
            rows: rows
                .iter()
                .enumerate()
                .map(|(i, &(form, lemma, upos, head, deprel))| {
                    let mut r = Row::word(i as u32 + 1, form);
                    r.lemma = lemma.into();
                    r.upos = upos.into();
                    r.head = Some(head);
                    r.deprel = deprel.into();
                    r
                })
                .collect(),
        }
    }

    #[test]
    fn event_nouns_count_only_when_a_verb_reports_them() {
        // "They held talks": an occurrence verb.
        let held = sentence(&[
            ("They", "they", "PRON", 2, "nsubj"),
            ("held", "hold", "VERB", 0, "root"),
            ("talks", "talk", "NOUN", 2, "obj"),
        ]);
        assert!(nominal_event_happened(&held, 3));
        // "Talks are unpopular": a topic, not an event.
        let topic = sentence(&[
            ("Talks", "talk", "NOUN", 3, "nsubj"),
            ("are", "be", "AUX", 3, "cop"),
            ("unpopular", "unpopular", "ADJ", 0, "root"),
        ]);
        assert!(!nominal_event_happened(&topic, 1));
        // "At talks with X, Y spoke": the setting of the clause.
        let setting = sentence(&[
            ("At", "at", "ADP", 2, "case"),
            ("talks", "talk", "NOUN", 4, "obl"),
            ("Y", "Y", "PROPN", 4, "nsubj"),
            ("spoke", "speak", "VERB", 0, "root"),
        ]);
        assert!(nominal_event_happened(&setting, 2));
    }
}
