# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_bytemark_global_optspecs
    string join \n o/output= columns= jq= raw no-headers p/profile= account= endpoint= auth-endpoint= sandbox y/yes q/quiet debug color= request-timeout= allow-insecure-http h/help V/version
end

function __fish_bytemark_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_bytemark_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_bytemark_using_subcommand
    set -l cmd (__fish_bytemark_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c bytemark -n "__fish_bytemark_needs_command" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_needs_command" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_needs_command" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_needs_command" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_needs_command" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_needs_command" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_needs_command" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_needs_command" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_needs_command" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_needs_command" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_needs_command" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_needs_command" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_needs_command" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_needs_command" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_needs_command" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_needs_command" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_needs_command" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "login" -d 'Log in and keep the session in the OS keyring'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "logout" -d 'Forget the stored session and remove its files'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "whoami" -d 'Show who you are logged in as, and where and for how long the session is kept'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "servers" -d 'Servers: list, create, change, power and delete'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "server" -d 'Servers: list, create, change, power and delete'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "groups" -d 'Groups of servers within an account'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "group" -d 'Groups of servers within an account'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "discs" -d 'Discs of a server'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "disc" -d 'Discs of a server'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "backups" -d 'Backups of a disc, and backup schedules'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "backup" -d 'Backups of a disc, and backup schedules'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "ips" -d 'IP addresses of servers: additional addresses and reverse DNS'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "ip" -d 'IP addresses of servers: additional addresses and reverse DNS'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "accounts" -d 'Accounts you can see'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "account" -d 'Accounts you can see'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "users" -d 'Users: who you are, and who else you can see'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "user" -d 'Users: who you are, and who else you can see'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "keys" -d 'SSH keys for the servers\' consoles'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "key" -d 'SSH keys for the servers\' consoles'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "privileges" -d 'Who may do what: grant and revoke levels on servers, groups and accounts'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "privilege" -d 'Who may do what: grant and revoke levels on servers, groups and accounts'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "api-keys" -d 'API keys for programs and CI jobs'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "api-key" -d 'API keys for programs and CI jobs'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "console" -d 'Connect to a server\'s serial or VNC console, or open it in the panel'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "ssh" -d 'Log in to a server with the system\'s ssh (at its primary address)'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "api" -d 'Send one request to the API with your session and print its JSON'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "definitions" -d 'What the service offers: images, zones, storage grades, hardware profiles (no login needed)'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "config" -d 'Profiles and settings'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "sandbox" -d 'Run the local sandbox API server'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c bytemark -n "__fish_bytemark_needs_command" -f -a "help" -d 'Help for a command, or a topic: environment, output, exit-codes, scripting'
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l user -d 'User name (default: the profile\'s user) [env: BYTEMARK_USER]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l otp -d 'Two-factor code, if your account asks for one ("-" reads it from stdin)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l yubikey-otp -d 'Yubikey one-time password' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l validity -d 'How long the session should last without use, e.g. 30m (the service caps it at 1h)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l yubikey -d 'Log in with a Yubikey: prompts for a touch unless --yubikey-otp is given'
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand login" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand logout" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "list" -d 'List servers: in one group, one account (default), or every account you can see'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "ls" -d 'List servers: in one group, one account (default), or every account you can see'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "show" -d 'Show one server'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "create" -d 'Create a server (one request; --wait to wait until it is running)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "delete" -d 'Delete servers (soft: `restore` brings them back; --purge is forever)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "rm" -d 'Delete servers (soft: `restore` brings them back; --purge is forever)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "restore" -d 'Bring back deleted servers'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "start" -d 'Power servers on'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "stop" -d 'Pull the plug: power off immediately and stay off'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "shutdown" -d 'Ask the operating system to shut down (ACPI) and stay off'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "restart" -d 'Power-cycle servers, applying pending changes to cores and memory'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "reset" -d 'Press the reset button (pending hardware changes are not applied)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "reimage" -d 'Reinstall the first disc from an image (the server must be stopped; data is lost)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "update" -d 'Change cores, memory, name or group, hardware profile, or CD-ROM'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "swap-ips" -d 'Swap the IP addresses of two servers (both must be off)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l all-accounts -d 'List servers in every account you can see'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l deleted -d 'Include deleted (not yet purged) servers'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l all-accounts -d 'List servers in every account you can see'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l deleted -d 'Include deleted (not yet purged) servers'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l cores -d 'CPU cores' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l memory -d 'Memory, e.g. 1G, 768M (default unit GiB)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l disc -d 'A disc as [label:][grade:]size, e.g. 25G or ssd:50G (repeat for more; default one 25G sata)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l image -d 'Operating system image (see `bytemark definitions images`)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l ssh-key -d 'Public SSH key file for root\'s authorized_keys (repeatable)' -r -F
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l firstboot-script -d 'Script to run on first boot' -r -F
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l zone -d 'Zone (see `bytemark definitions zones`)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l hwprofile -d 'Hardware profile (see `bytemark definitions hwprofiles`)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l cdrom -d 'URL of an ISO image to attach as a CD-ROM' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l ip -d 'IP address to use (private VLAN groups only; one IPv4 and one IPv6 at most)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l no-image -d 'Create the server without installing an image (e.g. to boot a CD)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l root-password-stdin -d 'Read the root password from the first line of stdin (default: the service generates one)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l show-root-password -d 'Print the root password the service set (shown once, on stdout)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l hwprofile-locked -d 'Never upgrade the hardware profile automatically'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l stopped -d 'Leave the server powered off after creation'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l if-not-exists -d 'If a server with this name exists, show it and succeed instead of failing'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l dry-run -d 'Validate and print the request that would be sent, sending nothing'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l purge -d 'Delete permanently: discs and IPs are released and cannot be recovered'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l if-exists -d 'A server that does not exist is not an error (exit 0, with a note)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l purge -d 'Delete permanently: discs and IPs are released and cannot be recovered'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l if-exists -d 'A server that does not exist is not an error (exit 0, with a note)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from shutdown" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from restart" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l image -d 'Image to install (see `bytemark definitions images`)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l ssh-key -d 'Public SSH key file for root\'s authorized_keys (repeatable)' -r -F
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l firstboot-script -d 'Script to run on first boot' -r -F
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l root-password-stdin -d 'Read the root password from the first line of stdin (default: the service generates one)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l show-root-password -d 'Print the root password the service set (shown once, on stdout)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from reimage" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l cores -d 'New number of cores (applies after a restart)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l memory -d 'New memory size, e.g. 2G (applies after a restart)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l rename -d 'Rename and/or move: name[.group[.account]]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l hwprofile -d 'Hardware profile' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l cdrom -d 'Attach an ISO image by URL as CD-ROM' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l lock-hwprofile -d 'Lock the hardware profile (never upgrade automatically)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l unlock-hwprofile -d 'Unlock the hardware profile'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l eject-cdrom -d 'Detach the CD-ROM'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -l extra-ips -d 'Swap the additional addresses too'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand servers; and __fish_seen_subcommand_from swap-ips" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "list" -d 'List servers: in one group, one account (default), or every account you can see'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "ls" -d 'List servers: in one group, one account (default), or every account you can see'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "show" -d 'Show one server'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "create" -d 'Create a server (one request; --wait to wait until it is running)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "delete" -d 'Delete servers (soft: `restore` brings them back; --purge is forever)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "rm" -d 'Delete servers (soft: `restore` brings them back; --purge is forever)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "restore" -d 'Bring back deleted servers'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "start" -d 'Power servers on'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "stop" -d 'Pull the plug: power off immediately and stay off'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "shutdown" -d 'Ask the operating system to shut down (ACPI) and stay off'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "restart" -d 'Power-cycle servers, applying pending changes to cores and memory'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "reset" -d 'Press the reset button (pending hardware changes are not applied)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "reimage" -d 'Reinstall the first disc from an image (the server must be stopped; data is lost)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "update" -d 'Change cores, memory, name or group, hardware profile, or CD-ROM'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and not __fish_seen_subcommand_from list ls show create delete rm restore start stop shutdown restart reset reimage update swap-ips" -f -a "swap-ips" -d 'Swap the IP addresses of two servers (both must be off)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l all-accounts -d 'List servers in every account you can see'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l deleted -d 'Include deleted (not yet purged) servers'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l all-accounts -d 'List servers in every account you can see'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l deleted -d 'Include deleted (not yet purged) servers'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l cores -d 'CPU cores' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l memory -d 'Memory, e.g. 1G, 768M (default unit GiB)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l disc -d 'A disc as [label:][grade:]size, e.g. 25G or ssd:50G (repeat for more; default one 25G sata)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l image -d 'Operating system image (see `bytemark definitions images`)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l ssh-key -d 'Public SSH key file for root\'s authorized_keys (repeatable)' -r -F
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l firstboot-script -d 'Script to run on first boot' -r -F
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l zone -d 'Zone (see `bytemark definitions zones`)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l hwprofile -d 'Hardware profile (see `bytemark definitions hwprofiles`)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l cdrom -d 'URL of an ISO image to attach as a CD-ROM' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l ip -d 'IP address to use (private VLAN groups only; one IPv4 and one IPv6 at most)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l no-image -d 'Create the server without installing an image (e.g. to boot a CD)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l root-password-stdin -d 'Read the root password from the first line of stdin (default: the service generates one)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l show-root-password -d 'Print the root password the service set (shown once, on stdout)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l hwprofile-locked -d 'Never upgrade the hardware profile automatically'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l stopped -d 'Leave the server powered off after creation'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l if-not-exists -d 'If a server with this name exists, show it and succeed instead of failing'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l dry-run -d 'Validate and print the request that would be sent, sending nothing'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l purge -d 'Delete permanently: discs and IPs are released and cannot be recovered'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l if-exists -d 'A server that does not exist is not an error (exit 0, with a note)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l purge -d 'Delete permanently: discs and IPs are released and cannot be recovered'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l if-exists -d 'A server that does not exist is not an error (exit 0, with a note)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from start" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from shutdown" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from restart" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l parallel -d 'Work on up to N servers at once (1: one after the other)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l image -d 'Image to install (see `bytemark definitions images`)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l ssh-key -d 'Public SSH key file for root\'s authorized_keys (repeatable)' -r -F
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l firstboot-script -d 'Script to run on first boot' -r -F
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 90s, 5m' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l root-password-stdin -d 'Read the root password from the first line of stdin (default: the service generates one)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l show-root-password -d 'Print the root password the service set (shown once, on stdout)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l wait -d 'Wait until the server has reached the new state'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from reimage" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l cores -d 'New number of cores (applies after a restart)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l memory -d 'New memory size, e.g. 2G (applies after a restart)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l rename -d 'Rename and/or move: name[.group[.account]]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l hwprofile -d 'Hardware profile' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l cdrom -d 'Attach an ISO image by URL as CD-ROM' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l lock-hwprofile -d 'Lock the hardware profile (never upgrade automatically)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l unlock-hwprofile -d 'Unlock the hardware profile'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l eject-cdrom -d 'Detach the CD-ROM'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -l extra-ips -d 'Swap the additional addresses too'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand server; and __fish_seen_subcommand_from swap-ips" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -f -a "list" -d 'List groups in an account'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -f -a "ls" -d 'List groups in an account'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -f -a "show" -d 'Show a group and its servers'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -f -a "create" -d 'Create a group'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -f -a "delete" -d 'Delete an empty group (--recursive purges its servers first)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and not __fish_seen_subcommand_from list ls show create delete rm" -f -a "rm" -d 'Delete an empty group (--recursive purges its servers first)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -l if-not-exists -d 'If the group exists, show it and succeed instead of failing'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l recursive -d 'Also purge every server in the group (irreversible)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l if-exists -d 'A group that does not exist is not an error (exit 0, with a note)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l recursive -d 'Also purge every server in the group (irreversible)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l if-exists -d 'A group that does not exist is not an error (exit 0, with a note)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand groups; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -f -a "list" -d 'List groups in an account'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -f -a "ls" -d 'List groups in an account'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -f -a "show" -d 'Show a group and its servers'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -f -a "create" -d 'Create a group'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -f -a "delete" -d 'Delete an empty group (--recursive purges its servers first)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and not __fish_seen_subcommand_from list ls show create delete rm" -f -a "rm" -d 'Delete an empty group (--recursive purges its servers first)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -l if-not-exists -d 'If the group exists, show it and succeed instead of failing'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l recursive -d 'Also purge every server in the group (irreversible)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l if-exists -d 'A group that does not exist is not an error (exit 0, with a note)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l recursive -d 'Also purge every server in the group (irreversible)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l if-exists -d 'A group that does not exist is not an error (exit 0, with a note)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand group; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "list" -d 'List a server\'s discs'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "ls" -d 'List a server\'s discs'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "show" -d 'Show one disc'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "add" -d 'Add discs to a server: [label:][grade:]size each'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "resize" -d 'Grow a disc: an absolute size (100G) or an increase (+10G); discs cannot shrink'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "move" -d 'Move a disc to another server (both must be off; not the first disc)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "delete" -d 'Delete a disc and its data permanently'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "rm" -d 'Delete a disc and its data permanently'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from resize" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -l to -d 'The server to move it to' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -l if-exists -d 'A disc (or server) that does not exist is not an error (exit 0, with a note)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -l if-exists -d 'A disc (or server) that does not exist is not an error (exit 0, with a note)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand discs; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "list" -d 'List a server\'s discs'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "ls" -d 'List a server\'s discs'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "show" -d 'Show one disc'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "add" -d 'Add discs to a server: [label:][grade:]size each'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "resize" -d 'Grow a disc: an absolute size (100G) or an increase (+10G); discs cannot shrink'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "move" -d 'Move a disc to another server (both must be off; not the first disc)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "delete" -d 'Delete a disc and its data permanently'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and not __fish_seen_subcommand_from list ls show add resize move delete rm" -f -a "rm" -d 'Delete a disc and its data permanently'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from resize" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -l to -d 'The server to move it to' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from move" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -l if-exists -d 'A disc (or server) that does not exist is not an error (exit 0, with a note)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -l if-exists -d 'A disc (or server) that does not exist is not an error (exit 0, with a note)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand disc; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "list" -d 'List a disc\'s backups, oldest first'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "ls" -d 'List a disc\'s backups, oldest first'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "create" -d 'Back up a disc now (--wait to wait until the backup is in cold storage)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "restore" -d 'Restore a disc from a backup: its contents are replaced (the service backs them up first)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "delete" -d 'Delete a backup permanently'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "rm" -d 'Delete a backup permanently'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "schedules" -d 'List a disc\'s backup schedules'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "schedule" -d 'Back up a disc on a schedule, keeping the newest N of its backups'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "unschedule" -d 'Remove a backup schedule (the backups it took stay)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 10m, 1h' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the backup has reached cold storage'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedules" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l every -d 'How often: hourly, daily, weekly, or a duration such as 12h or 2d' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l start -d 'First backup: HH:MM (the next such time, UK time) or a date and time, e.g. "2025-01-31 02:00"' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l keep -d 'How many of the schedule\'s backups to keep (the oldest goes)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l dry-run -d 'Validate and print the request that would be sent, sending nothing'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from schedule" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backups; and __fish_seen_subcommand_from unschedule" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "list" -d 'List a disc\'s backups, oldest first'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "ls" -d 'List a disc\'s backups, oldest first'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "create" -d 'Back up a disc now (--wait to wait until the backup is in cold storage)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "restore" -d 'Restore a disc from a backup: its contents are replaced (the service backs them up first)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "delete" -d 'Delete a backup permanently'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "rm" -d 'Delete a backup permanently'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "schedules" -d 'List a disc\'s backup schedules'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "schedule" -d 'Back up a disc on a schedule, keeping the newest N of its backups'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and not __fish_seen_subcommand_from list ls create restore delete rm schedules schedule unschedule" -f -a "unschedule" -d 'Remove a backup schedule (the backups it took stay)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l timeout -d 'Give up waiting after this long (exit 9), e.g. 10m, 1h' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the backup has reached cold storage'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedules" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l every -d 'How often: hourly, daily, weekly, or a duration such as 12h or 2d' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l start -d 'First backup: HH:MM (the next such time, UK time) or a date and time, e.g. "2025-01-31 02:00"' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l keep -d 'How many of the schedule\'s backups to keep (the oldest goes)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l dry-run -d 'Validate and print the request that would be sent, sending nothing'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from schedule" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand backup; and __fish_seen_subcommand_from unschedule" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "list" -d 'List a server\'s addresses, primary and additional, with their reverse DNS'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "ls" -d 'List a server\'s addresses, primary and additional, with their reverse DNS'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "show" -d 'Show an address and its reverse DNS'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "add" -d 'Add additional IPv4 addresses to a server (at most 4 in all; costs more)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "rdns" -d 'Set the reverse DNS host name of an address'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "delete" -d 'Delete an additional address (primary addresses cannot be deleted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "rm" -d 'Delete an additional address (primary addresses cannot be deleted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l count -d 'How many addresses (1 to 4)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l reason -d 'Why they are needed (Bytemark asks)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rdns" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ips; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "list" -d 'List a server\'s addresses, primary and additional, with their reverse DNS'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "ls" -d 'List a server\'s addresses, primary and additional, with their reverse DNS'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "show" -d 'Show an address and its reverse DNS'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "add" -d 'Add additional IPv4 addresses to a server (at most 4 in all; costs more)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "rdns" -d 'Set the reverse DNS host name of an address'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "delete" -d 'Delete an additional address (primary addresses cannot be deleted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and not __fish_seen_subcommand_from list ls show add rdns delete rm" -f -a "rm" -d 'Delete an additional address (primary addresses cannot be deleted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l count -d 'How many addresses (1 to 4)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l reason -d 'Why they are needed (Bytemark asks)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rdns" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand ip; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -f -a "list" -d 'List the accounts you can see'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -f -a "ls" -d 'List the accounts you can see'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and not __fish_seen_subcommand_from list ls show" -f -a "show" -d 'Show an account with its groups and servers'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand accounts; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -f -a "list" -d 'List the accounts you can see'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -f -a "ls" -d 'List the accounts you can see'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and not __fish_seen_subcommand_from list ls show" -f -a "show" -d 'Show an account with its groups and servers'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand account; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and not __fish_seen_subcommand_from show" -f -a "show" -d 'Show a user: id, email and how many SSH keys (default: you)'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand users; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and not __fish_seen_subcommand_from show" -f -a "show" -d 'Show a user: id, email and how many SSH keys (default: you)'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -f -a "list" -d 'List a user\'s SSH keys with their fingerprints'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -f -a "ls" -d 'List a user\'s SSH keys with their fingerprints'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -f -a "add" -d 'Add OpenSSH public keys from a file, or from stdin with `-`'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -f -a "delete" -d 'Remove one SSH key, named by comment, fingerprint (SHA256:…) or index'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and not __fish_seen_subcommand_from list ls add delete rm" -f -a "rm" -d 'Remove one SSH key, named by comment, fingerprint (SHA256:…) or index'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -l user -d 'Whose keys (default: the user you are logged in as)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -l user -d 'Whose keys (default: the user you are logged in as)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -l user -d 'Whose keys (default: the user you are logged in as)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -l user -d 'Whose keys (default: the user you are logged in as)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -l user -d 'Whose keys (default: the user you are logged in as)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand keys; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -f -a "list" -d 'List a user\'s SSH keys with their fingerprints'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -f -a "ls" -d 'List a user\'s SSH keys with their fingerprints'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -f -a "add" -d 'Add OpenSSH public keys from a file, or from stdin with `-`'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -f -a "delete" -d 'Remove one SSH key, named by comment, fingerprint (SHA256:…) or index'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and not __fish_seen_subcommand_from list ls add delete rm" -f -a "rm" -d 'Remove one SSH key, named by comment, fingerprint (SHA256:…) or index'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -l user -d 'Whose keys (default: the user you are logged in as)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -l user -d 'Whose keys (default: the user you are logged in as)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -l user -d 'Whose keys (default: the user you are logged in as)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -l user -d 'Whose keys (default: the user you are logged in as)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -l user -d 'Whose keys (default: the user you are logged in as)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand key; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -f -a "list" -d 'List privileges: yours, a user\'s, or those on a server, group or account'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -f -a "ls" -d 'List privileges: yours, a user\'s, or those on a server, group or account'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -f -a "grant" -d 'Give a user a level on a server, group or account'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -f -a "revoke" -d 'Take a level away from a user'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and not __fish_seen_subcommand_from list ls grant revoke rm" -f -a "rm" -d 'Take a level away from a user'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l user -d 'Privileges of this user that you can see' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l server -d 'Privileges on this server (below your own level): server[.group[.account]]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l group -d 'Privileges on this group: group[.account]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l user -d 'Privileges of this user that you can see' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l server -d 'Privileges on this server (below your own level): server[.group[.account]]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l group -d 'Privileges on this group: group[.account]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -l yubikey-required -d 'The user must also log in with a Yubikey to use it'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand privileges; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -f -a "list" -d 'List privileges: yours, a user\'s, or those on a server, group or account'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -f -a "ls" -d 'List privileges: yours, a user\'s, or those on a server, group or account'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -f -a "grant" -d 'Give a user a level on a server, group or account'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -f -a "revoke" -d 'Take a level away from a user'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and not __fish_seen_subcommand_from list ls grant revoke rm" -f -a "rm" -d 'Take a level away from a user'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l user -d 'Privileges of this user that you can see' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l server -d 'Privileges on this server (below your own level): server[.group[.account]]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l group -d 'Privileges on this group: group[.account]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l user -d 'Privileges of this user that you can see' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l server -d 'Privileges on this server (below your own level): server[.group[.account]]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l group -d 'Privileges on this group: group[.account]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -l yubikey-required -d 'The user must also log in with a Yubikey to use it'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from grant" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand privilege; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -f -a "list" -d 'List your API keys and their privileges'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -f -a "ls" -d 'List your API keys and their privileges'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -f -a "create" -d 'Create an API key: its secret is printed once, never again'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -f -a "delete" -d 'Delete an API key and the privileges granted to it'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and not __fish_seen_subcommand_from list ls create delete rm" -f -a "rm" -d 'Delete an API key and the privileges granted to it'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l expires -d 'When it stops working: a duration (12h, 7d) or a date (2030-01-31, 2030-01-31T18:00Z)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l privilege -d 'A privilege for the key, LEVEL:TARGET (repeatable), e.g. vm_admin:web1, group_admin:default' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-keys; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -f -a "list" -d 'List your API keys and their privileges'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -f -a "ls" -d 'List your API keys and their privileges'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -f -a "create" -d 'Create an API key: its secret is printed once, never again'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -f -a "delete" -d 'Delete an API key and the privileges granted to it'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and not __fish_seen_subcommand_from list ls create delete rm" -f -a "rm" -d 'Delete an API key and the privileges granted to it'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l expires -d 'When it stops working: a duration (12h, 7d) or a date (2030-01-31, 2030-01-31T18:00Z)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l privilege -d 'A privilege for the key, LEVEL:TARGET (repeatable), e.g. vm_admin:web1, group_admin:default' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand api-key; and __fish_seen_subcommand_from rm" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l vnc-port -d 'Local port for --vnc' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l user -d 'Your Bytemark user name for the console (default: the user you are logged in as)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l serial -d 'The serial console, over ssh to the server\'s management address (the default)'
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l vnc -d 'Forward the VNC console to localhost with ssh; point a VNC viewer at the printed URL'
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l panel -d 'Open the console in the Bytemark panel in a browser (the URL carries your session token)'
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l print -d 'Print the command or URL instead of running or opening it'
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand console" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l user -d 'User to log in as on the server' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l print -d 'Print the ssh command instead of running it'
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand ssh" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l input -d 'JSON body for POST and PUT, from a file or - for stdin' -r -F
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l query -d 'Add a query parameter (repeatable), e.g. --query view=overview' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand api" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand definitions" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -f -a "list" -d 'Show every setting, its value and where it came from'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -f -a "ls" -d 'Show every setting, its value and where it came from'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -f -a "get" -d 'Print one setting\'s value'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -f -a "set" -d 'Set a setting in the current profile'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -f -a "unset" -d 'Remove a setting from the current profile'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -f -a "profiles" -d 'List the profiles in the config file, the current one marked'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and not __fish_seen_subcommand_from list ls get set unset profiles use" -f -a "use" -d 'Make a profile the default for commands without -p/BYTEMARK_PROFILE'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from ls" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from profiles" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand config; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -f -a "serve" -d 'Serve the sandbox API over HTTP on loopback until interrupted'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and not __fish_seen_subcommand_from serve reset" -f -a "reset" -d 'Reset the --sandbox state kept in the data dir to the seed data'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l listen -d 'Address to listen on (port 0 picks a free port; the base URL is printed on stdout)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l state -d 'Persist state in this JSON file (locked while serving); default: in memory' -r -F
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l transition-delay -d 'Time creates, reimages and power changes take to complete (0, 500ms, 2s, 1m30s)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l session-ttl -d 'Session lifetime and maximum `validity` (default 300s, max 3600s)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l latency -d 'Extra latency added to every response, in milliseconds' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fail-rate -d 'Probability (0 to 1) that a request fails on purpose' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fail-mode -d 'How injected failures look: an HTTP 500, an HTTP 503, a dropped connection (`drop`, before handling), or a request handled and then its answer dropped (`drop-after`: the client cannot tell whether it happened)' -r -f -a "500\t''
503\t''
drop\t''
drop-after\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l seed -d 'Seed for injected failures and address allocation (same seed, same run)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l request-log -d 'Append one JSON line per request (method, path, query, status, duration) to FILE' -r -F
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l seed-servers -d 'Add N servers to account demo, spread over groups bulk1..bulk10 (new state only)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l quiet -d 'No access log on stderr'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l state -d 'State file to reset (default: the --sandbox state in the data dir)' -r -F
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand sandbox; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand completions" -s V -l version -d 'Print version'
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -s o -l output -d 'Output format: table (for people), json (the API\'s JSON), ids (one name per line)' -r -f -a "table\t''
json\t''
ids\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -l columns -d 'Columns to show, by JSON field name (comma-separated)' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -l jq -d 'Filter the JSON output through a jq expression (implies -o json), e.g. \'.[].name\'' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -s p -l profile -d 'Configuration profile to use [env: BYTEMARK_PROFILE]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -l account -d 'Account to work in (default: the profile\'s, else the first you can see) [env: BYTEMARK_ACCOUNT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -l endpoint -d 'Cloud Servers API base URL [env: BYTEMARK_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -l auth-endpoint -d 'Authentication service base URL [env: BYTEMARK_AUTH_ENDPOINT]' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -l color -d 'When to use colour, on stdout and stderr (auto: on a terminal, unless NO_COLOR is set)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -l request-timeout -d 'Timeout for each HTTP request, e.g. 30s' -r -f
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -l raw -d 'With --jq, print strings as plain text instead of JSON strings'
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -l no-headers -d 'Leave out the table header'
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -l sandbox -d 'Run against the built-in local sandbox (no account or network needed)'
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -s y -l yes -d 'Answer yes to confirmations (needed for destructive actions without a TTY)'
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -s q -l quiet -d 'Print less on stderr (no progress, no notices)'
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -l debug -d 'Trace each HTTP request on stderr (secrets redacted)'
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -l allow-insecure-http -d 'Allow plain http:// endpoints on hosts other than this machine: your password and session token cross the network unencrypted [env: BYTEMARK_ALLOW_INSECURE_HTTP]'
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -s h -l help -d 'Print help'
complete -c bytemark -n "__fish_bytemark_using_subcommand help" -s V -l version -d 'Print version'
