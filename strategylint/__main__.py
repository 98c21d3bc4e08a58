from strategylint.cli import main

main()
