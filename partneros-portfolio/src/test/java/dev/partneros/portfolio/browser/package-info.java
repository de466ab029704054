/**
 * The HTML report checked in a real browser: a headless Chromium driven through the DevTools
 * protocol with the JDK's own HTTP client ({@link dev.partneros.portfolio.browser.ChromiumBrowser}),
 * the layout checks run in the page ({@code report-checks.js}), their self-tests on small fixture
 * pages, and the test of the sample's {@code report.html} ({@code docs/browser-check.md#what-it-checks}).
 */
package dev.partneros.portfolio.browser;
