import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

// Control characters (NUL above all) end a path in C, break headers and logs, and fail the write.
const unsafe = /[\u0000-\u001f\u007f]/

/**
 * An uploaded file whose name holds a control character is refused with a 400 naming the file
 * name; before this a NUL byte reached the file system and the upload failed with a 500.
 */
export const rejectUnsafeFileName: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const name = req.file?.name
  if (typeof name === 'string' && unsafe.test(name)) {
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [
          {
            message: 'The file name contains a control character (such as NUL); rename the file.',
            path: 'filename',
          },
        ],
      },
      req.t,
    )
  }
  return args
}
