Some text before the first section.
*** Settings ***
Documentation     Example suite using the ${KEYWORD} syntax
Library           SeleniumLibrary    timeout=10s
Resource          common.resource
Suite Setup       Open Browser    ${URL}    chrome
Test Template     Login With Credentials

*** Variables ***
${URL}            https://example.com
@{USERS}          alice    bob
&{CREDS}          user=admin    pass=secret

*** Test Cases ***
Valid Login
    [Tags]    smoke    login
    [Documentation]    Logs in with valid credentials
    Given the login page is open
    When user "alice" logs in with password "pw"
    Then the welcome page should be shown
    ${result}=    Get Title
    Should Be Equal    ${result}    Welcome    # inline comment

Loop Example
    FOR    ${user}    IN    @{USERS}
        Log    Checking ${user}[0]
    END

*** Keywords ***
Login With Credentials
    [Arguments]    ${username}    ${password}
    Input Text    id:user    ${username}
    ...    extra argument
    Click Button    Login
| Pipe Keyword | Log | piped |
