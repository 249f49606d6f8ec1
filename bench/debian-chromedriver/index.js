// Tachometer imports the `chromedriver` package before it drives Chrome. The bench starts Debian's chromedriver
// itself and gives Tachometer its address, so this only needs to say where the driver is.
exports.path = process.env.CHROMEDRIVER_PATH ?? '/usr/bin/chromedriver';
