//! Dumps predictions for PolNeAR documents as JSON lines (for error analysis).
use quotecheck::eval::quotes::PolnearDoc;
use quotecheck::report::quotes::QuotesJson;
use quotecheck::Analysis;
fn main() {
    let path = std::env::args().nth(1).expect("jsonl");
    let text = std::fs::read_to_string(path).unwrap();
    for line in text.lines() {
        let doc: PolnearDoc = serde_json::from_str(line).unwrap();
        let a = Analysis::new(doc.text.clone());
        let j = QuotesJson::new(&a);
        println!("{}", serde_json::json!({"id": doc.id, "pred": j.quotes}));
    }
}
