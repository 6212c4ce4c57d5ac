# language: en
@build @smoke
Feature: Building the site
  As an editor
  I want a fast build

  Background:
    Given a site at "tests/fixtures/basic"

  Scenario Outline: Build with flags
    When I run "kiln build <flags>"
    Then the exit code is <code>
    And the output contains "done"
    But no file is written outside _site

    Examples:
      | flags    | code |
      | --future | 0    |
      | --bogus  | 2    |

  Scenario: Doc string
    Given the config:
      """
      title: Kiln
      """
