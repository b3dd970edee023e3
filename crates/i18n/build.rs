// The Fluent files are compiled into the binary by a macro that cargo cannot see through:
// tell cargo to rebuild when they change.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
