from c2c.cli import main

main()
