//! The sample articles bundled into the binary, so `byline` alone always has something to open.

use super::article::Article;
use super::format::Format;

/// An article embedded in the binary.
#[derive(Debug, PartialEq, Eq)]
pub struct Sample {
    /// Short name, used as `sample:NAME` on the command line.
    pub name: &'static str,
    /// The format of `content`.
    pub format: Format,
    /// The raw article as written in `assets/samples/`.
    pub content: &'static str,
}

/// Every bundled sample; the first is the one `byline` opens with no argument.
pub const SAMPLES: &[Sample] = &[
    Sample {
        name: "harbour-strike",
        format: Format::Text,
        content: include_str!("../../assets/samples/harbour-strike.txt"),
    },
    Sample {
        name: "summit-talks",
        format: Format::Text,
        content: include_str!("../../assets/samples/summit-talks.txt"),
    },
    Sample {
        name: "river-clinic",
        format: Format::Markdown,
        content: include_str!("../../assets/samples/river-clinic.md"),
    },
    Sample {
        name: "village-green",
        format: Format::Text,
        content: include_str!("../../assets/samples/village-green.txt"),
    },
];

impl Sample {
    /// The sample opened when byline is run without arguments.
    pub fn default_sample() -> &'static Sample {
        &SAMPLES[0]
    }

    /// The sample called `name`.
    pub fn find(name: &str) -> Option<&'static Sample> {
        SAMPLES.iter().find(|s| s.name == name)
    }

    /// Parses the sample (bundled text always parses).
    pub fn load(&self) -> Article {
        let source = format!("sample:{}", self.name);
        self.format
            .parse(&source, self.content, None)
            .unwrap_or_else(|reason| Article::from_paragraphs(source, Default::default(), [reason]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sample_loads_with_a_title_and_many_paragraphs() {
        for sample in SAMPLES {
            let article = sample.load();
            assert!(article.meta.title.is_some(), "{} has no title", sample.name);
            assert!(article.paragraphs().len() >= 10, "{} is short", sample.name);
            let words = article.text().split_whitespace().count();
            assert!(
                (600..=1500).contains(&words),
                "{} has {words} words",
                sample.name
            );
        }
    }

    #[test]
    fn samples_are_found_by_name() {
        assert_eq!(
            Sample::find("village-green").map(|s| s.name),
            Some("village-green")
        );
        assert_eq!(Sample::find("nope"), None);
    }
}
