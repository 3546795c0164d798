//! Speed of the whole pipeline on a novel-sized input: loading (reflowing a hard-wrapped
//! Gutenberg text), analysis, wrapping for the reader and searching.
//!
//! Uses David Copperfield (1.9 MB) from the shared corpus when it is present
//! (`$BYLINE_CORPUS`, or `../shared/corpus` beside the repository), and a generated text of
//! similar size and shape otherwise.

use std::hint::black_box;
use std::path::PathBuf;

use byline::document::text::parse_text;
use byline::view::{Reflow, search};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn corpus_dir() -> PathBuf {
    std::env::var_os("BYLINE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}

/// The novel's text, or a generated stand-in of about 1.9 MB with dialogue in every paragraph.
fn novel() -> (String, &'static str) {
    let path = corpus_dir().join("novels/766_david_copperfield.txt");
    if let Ok(text) = std::fs::read_to_string(&path) {
        return (text, "david_copperfield");
    }
    eprintln!(
        "note: {} not found; benchmarking a generated text",
        path.display()
    );
    let paragraph = "“I am not going back,” said Mr. Micawber, with great emphasis, as the\n\
        clock struck nine. “Not to-night, and not to-morrow,” he added; and Mrs.\n\
        Micawber, who had been listening at the door, said she was of the same\n\
        opinion, and that the family would remain in London whatever happened.\n\n";
    (
        paragraph.repeat(1_900_000 / paragraph.len()),
        "generated_novel",
    )
}

fn benchmarks(c: &mut Criterion) {
    let (raw, name) = novel();
    let article = parse_text("novel.txt", &raw);
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(raw.len() as u64));
    group.sample_size(20);
    group.bench_function("load_text", |b| {
        b.iter(|| parse_text("novel.txt", black_box(&raw)))
    });
    group.bench_function("tokenize", |b| {
        b.iter(|| byline::analysis::tokens::tokenize(black_box(&article)))
    });
    group.bench_function("analyze", |b| {
        b.iter(|| byline::analyze(black_box(&article)))
    });
    group.bench_function("reflow_100_columns", |b| {
        b.iter(|| Reflow::new(black_box(&article), 100))
    });
    group.bench_function("sentences_for_cursor", |b| {
        b.iter(|| byline::view::motion::sentences(black_box(&article)))
    });
    group.bench_function("search", |b| {
        b.iter(|| search::find_all(black_box(article.text()), "micawber"))
    });
    group.finish();
}

criterion_group!(benches, benchmarks);
criterion_main!(benches);
