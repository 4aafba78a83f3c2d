/**
 * Shell completion scripts (`karabakh-atlas completion bash|zsh|fish`), written from the
 * commands and options the program really has, so a new flag completes without an edit here.
 * Install as gh's are: `source <(karabakh-atlas completion bash)` in ~/.bashrc, the zsh output
 * in a file named `_karabakh-atlas` on `$fpath`, the fish output in
 * ~/.config/fish/completions/karabakh-atlas.fish.
 */
export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

export interface CompletionSpec {
  name: string;
  /** Options every command takes. */
  globals: readonly string[];
  /** Each command with its own options. */
  commands: readonly { name: string; description: string; options: readonly string[] }[];
  /** The kinds `list` takes as its argument. */
  kinds: readonly string[];
}

const words = (list: readonly string[]) => list.join(" ");
const fn = (name: string) => `_${name.replace(/[^A-Za-z0-9]/g, "_")}`;

function bash(spec: CompletionSpec): string {
  const cases = spec.commands
    .map((c) => `    ${c.name}) opts="${words([...c.options, ...spec.globals])}" ;;`)
    .join("\n");
  return `# bash completion for ${spec.name}: source <(${spec.name} completion bash)
${fn(spec.name)}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" command="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) command="\${COMP_WORDS[i]}"; break ;; esac
  done
  local opts
  case "$command" in
    "") COMPREPLY=($(compgen -W "${words(spec.commands.map((c) => c.name))} ${words(spec.globals)}" -- "$cur")); return ;;
${cases}
    *) opts="${words(spec.globals)}" ;;
  esac
  if [[ "$command" == list && "$cur" != -* && $((COMP_CWORD - i)) -eq 1 ]]; then
    COMPREPLY=($(compgen -W "${words(spec.kinds)}" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  fi
}
complete -o default -F ${fn(spec.name)} ${spec.name}
`;
}

const zshQuote = (text: string) => text.replace(/'/g, "'\\''").replace(/:/g, "\\:");

function zsh(spec: CompletionSpec): string {
  const commands = spec.commands.map((c) => `    '${c.name}:${zshQuote(c.description)}'`).join("\n");
  const cases = spec.commands
    .map((c) => `    ${c.name}) _values -w 'option' ${[...c.options, ...spec.globals].map((o) => `'${o}'`).join(" ")}${c.name === "list" ? ` ${spec.kinds.map((k) => `'${k}'`).join(" ")}` : ""} ;;`)
    .join("\n");
  return `#compdef ${spec.name}
# zsh completion for ${spec.name}: save as _${spec.name} in a folder of $fpath
${fn(spec.name)}() {
  local -a commands
  commands=(
${commands}
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "\${words[2]}" in
${cases}
  esac
}
compdef ${fn(spec.name)} ${spec.name}
`;
}

function fish(spec: CompletionSpec): string {
  const lines = [`# fish completion for ${spec.name}: save as ~/.config/fish/completions/${spec.name}.fish`, `complete -c ${spec.name} -f`];
  const names = words(spec.commands.map((c) => c.name));
  for (const c of spec.commands) lines.push(`complete -c ${spec.name} -n "not __fish_seen_subcommand_from ${names}" -a ${c.name} -d '${c.description.replace(/'/g, "\\'")}'`);
  for (const o of spec.globals) lines.push(`complete -c ${spec.name} -l ${o.replace(/^--/, "")}`);
  for (const c of spec.commands) {
    for (const o of c.options) lines.push(`complete -c ${spec.name} -n "__fish_seen_subcommand_from ${c.name}" -l ${o.replace(/^--/, "")}`);
  }
  lines.push(`complete -c ${spec.name} -n "__fish_seen_subcommand_from list" -a "${words(spec.kinds)}"`);
  return `${lines.join("\n")}\n`;
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  return shell === "bash" ? bash(spec) : shell === "zsh" ? zsh(spec) : fish(spec);
}
