fn main() {
    std::process::exit(bytemark::commands::main());
}
