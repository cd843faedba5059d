//! `quotecheck.toml`: per-project severities, thresholds, lexicon extensions and speaker aliases.
//!
//! ```toml
//! profile = "editorial"              # or "consistency" (see checks::settings)
//!
//! [rules]                            # severity per rule id: "off", "warning" or "error"
//! hedge-dropped = "off"
//! unsupported-claim = "error"
//!
//! [unsupported-claim]                # thresholds (any subset)
//! min_coverage = 0.3
//! max_presence = 0.6
//! min_terms = 4
//!
//! [lexicon]                          # added to the lists in grammar/
//! cue_verbs = ["opine opines opined opining | reported"]
//! titles = ["Chief Rabbi"]
//! roles = ["rapporteur", "spokeswoman f"]
//! capitals = { Canberra = "Australia" }
//!
//! [aliases]                          # names that denote the same speaker
//! "Araghchi" = "Abbas Araqchi"
//! ```
//!
//! The file is found by walking up from the summary's folder; unknown keys are errors that point
//! at their line.

use crate::checks::settings::{Profile, Settings, UnknownRule};
use crate::checks::Severity;
use crate::lexicon::Lexicon;
use miette::{Diagnostic, NamedSource, SourceSpan};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file name looked for.
pub const FILE_NAME: &str = "quotecheck.toml";

/// A rule's configured level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// The rule does not run.
    Off,
    /// Reported as a warning.
    Warning,
    /// Reported as an error.
    Error,
}

impl Level {
    fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}

/// Optional overrides of unsupported-claim's thresholds.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct UnsupportedOverrides {
    /// See [`crate::checks::settings::UnsupportedThresholds`].
    pub min_coverage: Option<f64>,
    /// See [`crate::checks::settings::UnsupportedThresholds`].
    pub max_presence: Option<f64>,
    /// See [`crate::checks::settings::UnsupportedThresholds`].
    pub min_terms: Option<usize>,
}

/// Additions to the built-in word lists, in the formats of `grammar/`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LexiconExtension {
    /// Lines in the `grammar/cue_verbs.txt` format ("opine opines opined | reported").
    #[serde(default)]
    pub cue_verbs: Vec<String>,
    /// Titles before names ("Chief Rabbi").
    #[serde(default)]
    pub titles: Vec<String>,
    /// Role nouns, with " m" or " f" for a gendered one.
    #[serde(default)]
    pub roles: Vec<String>,
    /// Capital or seat of government → country, for metonymy ("Canberra said").
    #[serde(default)]
    pub capitals: BTreeMap<String, String>,
}

/// The contents of a `quotecheck.toml`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The profile the settings start from.
    #[serde(default)]
    pub profile: Profile,
    /// Severity per rule id.
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
    /// unsupported-claim's thresholds.
    #[serde(default, rename = "unsupported-claim")]
    pub unsupported_claim: UnsupportedOverrides,
    /// Word list additions.
    #[serde(default)]
    pub lexicon: LexiconExtension,
    /// Alias → canonical name of the same speaker.
    #[serde(default)]
    pub aliases: BTreeMap<String, String>,
}

/// A configuration file that cannot be used.
#[derive(Debug, thiserror::Error, Diagnostic)]
pub enum ConfigError {
    /// The file cannot be read.
    #[error("cannot read {path}: {message}")]
    #[diagnostic(code(quotecheck::config::unreadable), help("check the path, or pass --no-config"))]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// Invalid TOML, an unknown key or a wrong value.
    #[error("{path}:{line}:{column}: {message}")]
    #[diagnostic(
        code(quotecheck::config::invalid),
        help("the README's Configuration section lists every key; `quotecheck rules` lists the rule ids")
    )]
    Invalid {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column (characters).
        column: usize,
        /// What is wrong.
        message: String,
        /// The file, for the label.
        #[source_code]
        src: NamedSource<String>,
        /// Where.
        #[label("here")]
        at: SourceSpan,
    },
}

// A configuration error happens at most once per run; its size does not matter.
#[allow(clippy::result_large_err)]
impl Config {
    /// Parses the text of a configuration file read from `path`.
    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        let invalid = |span: Option<std::ops::Range<usize>>, message: String| {
            let span = span.unwrap_or(0..0);
            let (line, column) = crate::text::line_col(text, span.start);
            ConfigError::Invalid {
                path: path.to_path_buf(),
                line,
                column,
                message,
                src: NamedSource::new(path.display().to_string(), text.to_string()),
                at: (span.start, span.len()).into(),
            }
        };
        let config: Config = toml::from_str(text).map_err(|e| invalid(e.span(), e.message().to_string()))?;
        // Rule ids are checked here, where the key's place in the file is still known.
        for id in config.rules.keys() {
            if crate::checks::rule(id).is_none() {
                let at = text.find(id.as_str()).map(|s| s..s + id.len());
                return Err(invalid(at, UnknownRule(id.clone()).to_string()));
            }
        }
        Ok(config)
    }

    /// Reads a configuration file.
    pub fn read(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| ConfigError::Unreadable { path: path.to_path_buf(), message: e.to_string() })?;
        Config::parse(path, &text)
    }

    /// The nearest `quotecheck.toml` in `start` or a folder above it.
    pub fn find(start: &Path) -> Option<PathBuf> {
        let start = if start.as_os_str().is_empty() { Path::new(".") } else { start };
        let start = start.canonicalize().ok()?;
        start.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file())
    }

    /// The checker settings this file asks for.
    pub fn settings(&self) -> Settings {
        let mut s = Settings::for_profile(self.profile);
        for (id, level) in &self.rules {
            // Unknown ids were rejected by `parse`.
            let _ = s.set(id, level.severity());
        }
        let u = &self.unsupported_claim;
        s.unsupported.min_coverage = u.min_coverage.unwrap_or(s.unsupported.min_coverage);
        s.unsupported.max_presence = u.max_presence.unwrap_or(s.unsupported.max_presence);
        s.unsupported.min_terms = u.min_terms.unwrap_or(s.unsupported.min_terms);
        s
    }

    /// The built-in lexicon with this file's additions (the built-in one itself when there are none).
    pub fn lexicon(&self) -> Cow<'static, Lexicon> {
        if self.lexicon == LexiconExtension::default() && self.aliases.is_empty() {
            return Cow::Borrowed(Lexicon::builtin());
        }
        let mut lex = Lexicon::builtin().clone();
        let ext = &self.lexicon;
        lex.add_cue_verbs(&ext.cue_verbs.join("\n"));
        for t in &ext.titles {
            lex.add_title(t);
        }
        lex.sort_titles();
        for r in &ext.roles {
            lex.add_role(r);
        }
        for (city, country) in &ext.capitals {
            let entry = format!("{city} = {country}");
            lex.add_capital(&entry);
            lex.add_place(&entry);
        }
        for (alias, name) in &self.aliases {
            lex.add_alias(alias, name);
        }
        Cow::Owned(lex)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: &str = r#"
profile = "editorial"

[rules]
hedge-dropped = "off"
unsupported-claim = "error"

[unsupported-claim]
min_coverage = 0.3

[lexicon]
cue_verbs = ["opine opines opined opining | reported"]
titles = ["Chief Rabbi"]
roles = ["rapporteur"]
capitals = { Canberra = "Australia" }

[aliases]
"Araghchi" = "Abbas Araqchi"
"#;

    #[test]
    fn a_full_file_sets_everything() {
        let c = Config::parse(Path::new("quotecheck.toml"), FULL).unwrap();
        let s = c.settings();
        assert_eq!(s.severity(crate::checks::rule("hedge-dropped").unwrap()), None);
        assert_eq!(s.severity(crate::checks::rule("unsupported-claim").unwrap()), Some(Severity::Error));
        assert_eq!(s.unsupported.min_coverage, 0.3);
        assert_eq!(s.unsupported.max_presence, 0.6);
        let lex = c.lexicon();
        assert!(lex.cue_verb("opined").is_some_and(|v| v.reported));
        assert!(lex.is_role("rapporteur"));
        assert_eq!(lex.place("canberra"), Some("australia"));
        assert_eq!(lex.title_len(&["chief", "rabbi"]), 2);
    }

    #[test]
    fn an_unknown_key_names_its_line() {
        let text = "profile = \"editorial\"\n\n[rules]\nhedge-dropped = \"off\"\nsevrity = 3\n";
        let err = Config::parse(Path::new("q.toml"), text).unwrap_err();
        let ConfigError::Invalid { line, message, .. } = &err else { panic!("{err:?}") };
        assert_eq!(*line, 5, "{message}");
        assert!(err.to_string().starts_with("q.toml:5:"), "{err}");

        let err = Config::parse(Path::new("q.toml"), "[lexicon]\nverbs = []\n").unwrap_err();
        assert!(err.to_string().contains("q.toml:2:1"), "{err}");
        assert!(err.to_string().contains("unknown field `verbs`"), "{err}");
    }

    #[test]
    fn an_unknown_rule_and_a_bad_level_are_errors() {
        let err = Config::parse(Path::new("q.toml"), "[rules]\nmade-up = \"off\"\n").unwrap_err();
        assert!(err.to_string().starts_with("q.toml:2:1: no rule named `made-up`"), "{err}");
        let err = Config::parse(Path::new("q.toml"), "[rules]\nhedge-dropped = \"loud\"\n").unwrap_err();
        assert!(err.to_string().contains("q.toml:2:"), "{err}");
    }

    #[test]
    fn found_by_walking_up() {
        let dir = std::env::temp_dir().join(format!("quotecheck-config-{}", std::process::id()));
        let deep = dir.join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::write(dir.join(FILE_NAME), "profile = \"consistency\"\n").unwrap();
        let found = Config::find(&deep).unwrap();
        assert_eq!(found, dir.canonicalize().unwrap().join(FILE_NAME));
        assert_eq!(Config::read(&found).unwrap().profile, Profile::Consistency);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
