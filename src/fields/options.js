export function optionValues(options) {
    return options.map((option) => option.value);
}
