//! What the checker reports: each rule's severity (or off) and the thresholds a user may tune.
//!
//! Two profiles start from the same rules. `editorial` (the default) is tuned on `corpus/`, for
//! an editor checking a human-written summary: it keeps false alarms rare. `consistency` is tuned
//! on the development halves of the public factual-consistency benchmarks
//! (`quotecheck eval --benchmark`), for machine-written summaries judged only on whether the source
//! supports them: it turns off the two rules about attribution and hedging, which those
//! benchmarks do not count as errors, judges a claim unsupported as soon as a fifth of its
//! content terms never occur in the source, and turns on spliced-claim (pieces of the source
//! joined as the source never joins them), wrong-subject (what the source says of one subject
//! given to another) and wrong-object (a copied statement ended with another object, place or
//! time), which `editorial` leaves off.

use super::{Rule, Severity, RULES};
use serde::Deserialize;
use std::collections::BTreeMap;

/// A named starting point for the settings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    /// Human-written summaries checked before publication (tuned on `corpus/`).
    #[default]
    Editorial,
    /// Machine-written summaries judged for factual consistency (tuned on the benchmarks).
    Consistency,
}

/// When unsupported-claim fires: a claim of at least `min_terms` content terms whose evidence
/// covers less than `min_coverage` of them (IDF-weighted) and of whose terms at most
/// `max_presence` occur anywhere in the source.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnsupportedThresholds {
    /// Coverage below which the evidence does not support a claim.
    pub min_coverage: f64,
    /// Highest share of the claim's terms present anywhere in the source.
    pub max_presence: f64,
    /// Fewest content terms a claim needs to be judged.
    pub min_terms: usize,
}

/// A rule id that no rule has.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no rule named `{0}` (see `quotecheck rules`)")]
pub struct UnknownRule(pub String);

/// Severities and thresholds.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Rules whose severity differs from the default: `None` turns the rule off.
    overrides: BTreeMap<&'static str, Option<Severity>>,
    /// unsupported-claim's thresholds.
    pub unsupported: UnsupportedThresholds,
}

impl Default for Settings {
    fn default() -> Self {
        Settings::for_profile(Profile::Editorial)
    }
}

impl Settings {
    /// The settings of a profile.
    pub fn for_profile(profile: Profile) -> Self {
        match profile {
            Profile::Editorial => {
                let mut s = Settings {
                    overrides: BTreeMap::new(),
                    unsupported: UnsupportedThresholds { min_coverage: 0.2, max_presence: 0.6, min_terms: 4 },
                };
                // Human summaries paraphrase; the rules are tuned for machine-written ones.
                for id in ["spliced-claim", "wrong-subject", "wrong-object"] {
                    let _ = s.set(id, None);
                }
                s
            }
            Profile::Consistency => {
                let mut s = Settings {
                    overrides: BTreeMap::new(),
                    unsupported: UnsupportedThresholds { min_coverage: 0.7, max_presence: 0.8, min_terms: 2 },
                };
                for id in ["attribution-dropped", "hedge-dropped"] {
                    // Both ids are rules; the unit tests hold this.
                    let _ = s.set(id, None);
                }
                s
            }
        }
    }

    /// Sets a rule's severity (`None`: off).
    pub fn set(&mut self, id: &str, severity: Option<Severity>) -> Result<(), UnknownRule> {
        let rule = super::rule(id).ok_or_else(|| UnknownRule(id.to_string()))?;
        self.overrides.insert(rule.id, severity);
        Ok(())
    }

    /// The severity a rule reports at, or `None` when it is off.
    pub fn severity(&self, rule: &Rule) -> Option<Severity> {
        self.overrides.get(rule.id).copied().unwrap_or(Some(rule.severity))
    }

    /// The rules that are on.
    pub fn active(&self) -> impl Iterator<Item = &'static Rule> + '_ {
        RULES.iter().copied().filter(|r| self.severity(r).is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profiles_differ_and_overrides_apply() {
        let editorial = Settings::default();
        assert_eq!(editorial.active().count(), RULES.len() - 3);
        let consistency = Settings::for_profile(Profile::Consistency);
        assert_eq!(consistency.active().count(), RULES.len() - 2);
        let spliced = super::super::rule("spliced-claim").unwrap();
        assert_eq!(editorial.severity(spliced), None);
        assert!(consistency.severity(spliced).is_some());
        let subject = super::super::rule("wrong-subject").unwrap();
        assert_eq!(editorial.severity(subject), None);
        assert!(consistency.severity(subject).is_some());
        let object = super::super::rule("wrong-object").unwrap();
        assert_eq!(editorial.severity(object), None);
        assert!(consistency.severity(object).is_some());
        let mut s = Settings::default();
        s.set("unsupported-claim", Some(Severity::Error)).unwrap();
        let rule = super::super::rule("unsupported-claim").unwrap();
        assert_eq!(s.severity(rule), Some(Severity::Error));
        assert_eq!(s.set("no-such-rule", None), Err(UnknownRule("no-such-rule".into())));
    }
}
